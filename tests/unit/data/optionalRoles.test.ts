import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadAttacks } from "../../../src/data/attacks";
import { loadBases } from "../../../src/data/bases";
import { loadMonthlyDeaths } from "../../../src/data/conflictDeaths";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { loadRiver } from "../../../src/data/geo";
import { loadTroops } from "../../../src/data/troops";
import { loadMapContent } from "../../../src/map/mapLayers";
import { chartInput } from "../../../src/story/storyCharts";

// A story declares only the data files it uses (story.json → data.files): the example story has
// places, countries, regions and a timeline, and none of the other roles.
describe("data roles a story does not declare", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "roles-"));
    cpSync(path.resolve("examples/blue-nile"), dir, { recursive: true });
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    rmSync(dir, { recursive: true, force: true });
  });
  const editJson = (file: string, change: (json: Record<string, never>) => void) => {
    const p = path.join(dir, file);
    const json = JSON.parse(readFileSync(p, "utf8")) as Record<string, never>;
    change(json);
    writeFileSync(p, JSON.stringify(json));
  };

  it("load as empty tables, and the lines file as no line", () => {
    expect(loadAttacks()).toEqual([]);
    expect(loadBases()).toEqual([]);
    expect(loadTroops()).toEqual([]);
    expect(loadGedEvents()).toEqual([]);
    expect(loadMonthlyDeaths()).toEqual([]);
    expect(loadRiver().geometry.coordinates).toEqual([]);
  });

  it("stop the build when a map layer needs one, naming story.json, the role and the layer", () => {
    editJson("map.json", (j) => {
      (j.layers as unknown as object[]).push({
        id: "raids",
        kind: "incidents",
        colour: "vermillion",
        credit: "x",
      });
    });
    expect(() => loadMapContent()).toThrow(
      /story\.json, field "data\.files\.incidents": layer "raids" of .*map\.json needs a data file in this role, and none is declared/,
    );
  });

  it("stop the build when a chart needs one, naming story.json, the role and the chart", () => {
    editJson("charts.json", (j) => {
      (j.charts as unknown as Record<string, object>)["toll"] = {
        kind: "event-toll",
        licence: "facts",
        height: 100,
        event: "first_power",
        toll: "people killed",
        claim: "claimed",
        states: { all: { claim: false } },
      };
    });
    expect(() => chartInput("toll", "en")).toThrow(
      /story\.json, field "data\.files\.incidents": chart "toll" of .*charts\.json needs a data file in this role/,
    );
  });
});
