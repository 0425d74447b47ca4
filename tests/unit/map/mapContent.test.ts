import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { loadStoryData } from "../../../src/data/storyData";
import { loadTimeline } from "../../../src/data/timeline";
import { checkLayerStrings, loadMapContent } from "../../../src/map/mapLayers";
import { loadStrings } from "../../../src/i18n/strings";
import { buildOverlay } from "../../../src/map/overlay";

/** A copy of content/ with one file changed, as CONTENT_DIR. */
describe("content/map.json and story.json → data stop the build on a bad value", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "map-content-"));
    cpSync(path.resolve("content"), dir, { recursive: true });
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    rmSync(dir, { recursive: true, force: true });
  });
  const editJson = (file: string, change: (json: Record<string, unknown>) => void) => {
    const p = path.join(dir, file);
    const json = JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>;
    change(json);
    writeFileSync(p, JSON.stringify(json));
  };
  type Layers = { layers: Record<string, unknown>[] };

  it("names the field and the value of a layer of an unknown kind", () => {
    editJson("map.json", (j) => ((j as unknown as Layers).layers[0]!.kind = "rivers"));
    expect(() => loadMapContent()).toThrow(/map\.json, field "layers\[0\]\.kind"/);
  });

  it("stops on two layers with one id", () => {
    editJson("map.json", (j) => {
      const l = (j as unknown as Layers).layers;
      l[1]!.id = l[0]!.id;
    });
    expect(() => loadMapContent()).toThrow(/field "layers\[1\]\.id": duplicate layer id/);
  });

  it("names the layer, the field and the value of an event id the timeline does not have", () => {
    editJson("map.json", (j) => {
      const route = (j as unknown as Layers).layers.find((l) => l.kind === "route")!;
      route.event = "no_such_event";
    });
    const content = loadMapContent();
    expect(() => buildOverlay(loadStoryData(), loadGedEvents(), content)).toThrow(
      /content\/map\.json, layers\[\d+\], field "event": no event with this id in the timeline \(value: "no_such_event"\)/,
    );
  });

  it("names the layer and the missing strings of a declared layer", () => {
    const content = loadMapContent();
    const strings = { ...loadStrings("en") };
    delete strings["layer.tri-border.label"];
    expect(() => checkLayerStrings(content, strings, "en")).toThrow(
      /field "id": content\/i18n\/en\.json has no "layer\.tri-border\.label" \(value: "tri-border"\)/,
    );
    expect(() => checkLayerStrings(content, loadStrings("en"), "en")).not.toThrow();
  });

  it("stops on a timeline category that story.json does not declare", () => {
    editJson("story.json", (j) => {
      const data = j.data as { eventCategories: string[] };
      data.eventCategories = data.eventCategories.slice(1);
    });
    expect(() => loadTimeline()).toThrow(
      /field "category": not declared in content\/story\.json → data\.eventCategories/,
    );
  });
});
