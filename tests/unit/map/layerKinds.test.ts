import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapLayerSchema } from "../../../src/map/mapLayers";
import { buildKind, layerSchemas } from "../../../src/map/layers/registry";
import { liveKind } from "../../../src/map/layers/liveRegistry";
import { stepFilters } from "../../../src/map/applyStep";
import { styleLayerId } from "../../../src/map/style";
import { fixtureLayers } from "./layerFixtures";

const dir = new URL("../../../src/map/layers/", import.meta.url);
const kinds = layerSchemas.map((s) => s.shape.kind.value);

describe("layer kinds: one module each, and a registry line", () => {
  it("knows every kind the schema accepts, at build time and in the browser", () => {
    expect(fixtureLayers.map((l) => l.kind).sort()).toEqual([...kinds].sort());
    for (const layer of fixtureLayers) {
      expect(mapLayerSchema.parse(layer)).toEqual(layer);
      expect(buildKind(layer.kind).live).toBe(liveKind(layer.kind));
      expect(liveKind(layer.kind).symbol(layer)).toBeTruthy();
    }
  });

  it("has a module and a live module per kind, named after it", () => {
    const files = readdirSync(dir);
    for (const k of kinds) expect(files).toEqual(expect.arrayContaining([`${k}.ts`, `${k}Live.ts`]));
  });

  // Regression guard: a live module that imported build-time code (the data loaders, zod, d3-scale)
  // brought it into the live map's lazy chunk, which grew from 32 KB to 112 KB. A module's imports
  // come into the chunk with it, whatever the chunk uses of them.
  it("keeps the live modules free of build-time imports", () => {
    const allowed = new Set(["../symbols", "../styleLayer"]);
    for (const k of kinds) {
      const src = readFileSync(new URL(`${k}Live.ts`, dir), "utf8");
      for (const [, typeOnly, from] of src.matchAll(/^import (type )?[^;]*?from "([^"]+)";/gms))
        if (!typeOnly) expect(allowed, `${k}Live.ts imports ${from}`).toContain(from);
    }
  });
});

describe("stepFilters() with each kind's own filters", () => {
  const step = { highlight: { regions: [], countries: [] }, places: [] };

  it("filters events by the step's years and incidents by its last day, and nothing else", () => {
    const f = stepFilters({ ...step, eventYears: [2021, 2022], incidentsUntil: "2023-09-30" }, fixtureLayers);
    expect(f[styleLayerId("clashes", "circle")]).toEqual([
      "all",
      [">=", ["get", "y"], 2021],
      ["<=", ["get", "y"], 2022],
    ]);
    const until = ["<=", ["get", "date"], "2023-09-30"];
    expect(f[styleLayerId("raids", "circle")]).toEqual(until);
    expect(f[styleLayerId("raids", "rings")]).toEqual(until);
    expect(Object.keys(f).sort()).toEqual([
      "clashes:circle",
      "countries-highlight",
      "places-dot",
      "raids:circle",
      "raids:rings",
      "regions-highlight",
    ]);
  });

  it("clears the filters when the step sets no years and no day", () => {
    const f = stepFilters({ ...step, eventYears: null, incidentsUntil: null }, fixtureLayers);
    expect(f[styleLayerId("clashes", "circle")]).toBeNull();
    expect(f[styleLayerId("raids", "circle")]).toBeNull();
  });
});
