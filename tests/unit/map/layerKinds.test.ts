import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mapLayerSchema } from "../../../src/map/mapLayers";
import { buildKind, layerSchemas } from "../../../src/map/layers/registry";
import { liveKind } from "../../../src/map/layers/liveRegistry";
import { incidentsShown } from "../../../src/map/layers/incidents";
import type { AttackProps, LayerData } from "../../../src/map/overlay";
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

describe("incidentsShown()", () => {
  const incident = (id: string, date: string, lon: number | null): AttackProps => ({
    id,
    name: `Incident ${id}`,
    date,
    placeId: lon === null ? null : `place-${id}`,
    region: "R",
    killed: 1,
    wounded: null,
    civilians: null,
    claim: null,
    approximate: true,
    km: 10,
    sources: [],
  });
  const placed = [incident("i1", "2020-01-05", 1), incident("i2", "2020-03-01", 2)];
  const data: Extract<LayerData, { kind: "incidents" }> = {
    kind: "incidents",
    points: {
      type: "FeatureCollection",
      features: placed.map((p, i) => ({
        type: "Feature",
        properties: p,
        geometry: { type: "Point", coordinates: [i + 1, 0] },
      })),
    },
    rings: {
      type: "FeatureCollection",
      features: placed.map((p) => ({
        type: "Feature",
        properties: { id: p.id, km: 10, date: p.date },
        geometry: { type: "Polygon", coordinates: [] },
      })),
    },
    unmapped: [incident("u1", "2020-01-10", null), incident("u2", "2020-04-01", null)],
    notes: [
      { eventId: "i1", anchorPlaceId: "x", text: "early" },
      { eventId: "i2", anchorPlaceId: "x", text: "late" },
    ],
  };

  it("keeps every incident when the step gives no day", () => {
    expect(incidentsShown(data, { incidentsUntil: null })).toBe(data);
  });

  it("keeps the incidents, their rings, the unmapped ones and their notes up to the step's day", () => {
    const some = incidentsShown(data, { incidentsUntil: "2020-02-01" });
    expect(some.points.features.map((f) => f.properties.id)).toEqual(["i1"]);
    expect(some.rings.features.map((f) => f.properties.id)).toEqual(["i1"]);
    expect(some.unmapped.map((a) => a.id)).toEqual(["u1"]);
    expect(some.notes.map((n) => n.text)).toEqual(["early"]);
  });
});
