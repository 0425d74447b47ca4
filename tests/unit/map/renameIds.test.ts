import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { loadStoryData } from "../../../src/data/storyData";
import { validate } from "../../../src/data/validate";
import { loadStrings } from "../../../src/i18n/strings";
import { featureRows } from "../../../src/map/featureRows";
import { loadMapContent } from "../../../src/map/mapLayers";
import { mapStep, type MapStepContext } from "../../../src/map/mapStep";
import { buildOverlay } from "../../../src/map/overlay";
import { renderStaticMapSvg } from "../../../src/map/renderStaticMap";
import { staticMap } from "../../../src/map/staticMap";
import { chapterIdFromFile } from "../../../src/story/chapterFile";
import { makeChapterSchema } from "../../../src/story/chapterSchema";

/**
 * "The engine knows no story": ids are names the content chooses. Renaming an event, a place, a
 * step and a chapter consistently across content/ must give the same maps, tables and data
 * under the new names, and no old id may come out of the code (a hard-coded id would).
 */
const renames: [kind: string, from: string, to: string][] = [
  ["event", "kandadji_attack", "event_renamed_for_test"],
  ["place", "ayorou", "place_renamed_for_test"],
  ["step", "kandadji-attack", "step-renamed-for-test"],
  ["chapter", "france-leaves", "chapter-renamed-for-test"],
];

/** `id` as a whole id: not part of a longer id (ids are made of letters, digits, `_` and `-`). */
const asId = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, "g");

function renameAll(text: string): string {
  return renames.reduce((t, [, from, to]) => t.replace(asId(from), to), text);
}

/** Every text file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The charts a content folder declares and their states, read from its charts.json. */
function chartStatesOf(dir: string): Map<string, string[]> {
  const { charts } = JSON.parse(readFileSync(path.join(dir, "charts.json"), "utf8")) as {
    charts: Record<string, { states: Record<string, unknown> }>;
  };
  return new Map(Object.entries(charts).map(([id, c]) => [id, Object.keys(c.states)]));
}

/** What the engine makes of the content in CONTENT_DIR: chapters, map steps, static maps, tables, overlay. */
function engineOutput(dir: string) {
  process.env.CONTENT_DIR = dir;
  try {
    const data = loadStoryData();
    const content = loadMapContent();
    const overlay = buildOverlay(data, loadGedEvents(), content);
    const strings = loadStrings("en");
    const ctx: MapStepContext = { data, overlay, strings, locale: "en", content };
    const schema = makeChapterSchema({
      layerIds: new Set(content.layers.map((l) => l.id)),
      placeIds: new Set(data.places.map((p) => p.id)),
      regionIds: new Set(data.regions.map((r) => r.id)),
      countryIds: new Set(data.countries.map((c) => c.iso3)),
      // Chart steps validate against the charts this content declares (its charts.json).
      chartStates: chartStatesOf(dir),
    });
    const chapterDir = path.join(dir, "chapters");
    const chapters = readdirSync(chapterDir)
      .sort()
      .map((file) => {
        const text = readFileSync(path.join(chapterDir, file), "utf8");
        const frontmatter = validate(schema, parseYaml(text.split(/^---$/m)[1]!), { file });
        const steps = frontmatter.steps.flatMap((s) => {
          if (!s.map) return [];
          const step = mapStep(s.id, s.alt, s.map, ctx);
          const svg = renderStaticMapSvg(staticMap(step, ctx), strings, { title: s.id, description: s.alt });
          return [{ step, svg, rows: featureRows(s.map, ctx) }];
        });
        return { id: chapterIdFromFile(file), steps };
      });
    return {
      chapters,
      overlay,
      places: data.places.map((p) => p.id),
      events: data.timeline.events.map((e) => e.id),
    };
  } finally {
    delete process.env.CONTENT_DIR;
  }
}

describe("renaming ids in content/", () => {
  let dir: string;
  let before: string;
  let after: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "renamed-content-"));
    cpSync(path.resolve("content"), dir, { recursive: true });
    for (const file of files(dir)) {
      const text = readFileSync(file, "utf8");
      const renamed = renameAll(text);
      if (renamed !== text) writeFileSync(file, renamed);
    }
    const chapters = path.join(dir, "chapters");
    for (const file of readdirSync(chapters)) {
      // NN-<chapter id>.mdx
      const renamed = file.replace(
        /^(\d{2})-(.+)\.mdx$/,
        (_, n: string, id: string) => `${n}-${renameAll(id)}.mdx`,
      );
      if (renamed !== file) renameSync(path.join(chapters, file), path.join(chapters, renamed));
    }
    before = JSON.stringify(engineOutput(path.resolve("content")));
    after = JSON.stringify(engineOutput(dir));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(renames)("finds the %s id %s in the story (the test renames something)", (_, from) => {
    expect(before).toMatch(asId(from));
  });

  it("gives the same chapters, map steps, static maps, tables and overlay under the new names", () => {
    expect(after).toBe(renameAll(before));
  });

  it.each(renames)("lets no old %s id (%s) come out of the code", (_, from) => {
    expect(after).not.toMatch(asId(from));
  });
});
