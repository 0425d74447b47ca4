import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

type StoryCharts = typeof import("../../../src/story/storyCharts");

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A copy of content/ in a temporary folder, changed by `edit` (file path → new text). */
function contentCopy(edit: (file: string, text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "charts-content-"));
  dirs.push(dir);
  cpSync("content", dir, { recursive: true });
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(json|csv|mdx?|geojson)$/.test(name)) {
        const text = readFileSync(file, "utf8");
        const next = edit(path.relative(dir, file), text);
        if (next !== text) writeFileSync(file, next);
      }
    }
  };
  walk(dir);
  return dir;
}

/** src/story/storyCharts.ts loaded afresh (no cached content) with CONTENT_DIR = `dir`. */
async function storyChartsIn(dir: string | undefined): Promise<StoryCharts> {
  vi.resetModules();
  if (dir) vi.stubEnv("CONTENT_DIR", dir);
  return import("../../../src/story/storyCharts");
}

/** Every chart's input, words and table, as JSON. */
async function everything(charts: StoryCharts): Promise<Record<string, string>> {
  const { loadStrings } = await import("../../../src/i18n/strings");
  const strings = loadStrings("en");
  return Object.fromEntries(
    [...charts.chartSpecs().keys()].map((id) => [
      id,
      JSON.stringify([
        charts.chartInput(id, "en"),
        charts.chartWords(id, strings, "en"),
        charts.chartTable(id, strings, "en"),
      ]),
    ]),
  );
}

describe("content/charts.json", () => {
  // The engine knows no story: ids are names the content chooses. Guards against code that looks
  // an event or a chart up by its name (as the toll chart once looked up "kandadji_attack").
  it("gives the same charts when event and chart ids are renamed consistently across content/", async () => {
    const renames: [string, string][] = [
      ["kandadji_attack", "event_one"],
      ["coup_2023", "event_two"],
      ["kandadji-toll", "toll-chart"],
    ];
    const rename = (text: string) => renames.reduce((t, [from, to]) => t.split(from).join(to), text);
    const before = await everything(await storyChartsIn(undefined));
    const dir = contentCopy((_, text) => rename(text));
    const renamed = await storyChartsIn(dir);
    const after = await everything(renamed);

    expect(Object.keys(after)).toEqual(Object.keys(before).map(rename));
    for (const [id, json] of Object.entries(before)) expect(after[rename(id)], id).toBe(rename(json));
    // The toll chart's input is the same data under the new names.
    expect(renamed.chartInput("toll-chart", "en")).toMatchObject({
      id: "toll-chart",
      eventId: "event_one",
      total: 12,
    });

    // And the chapters' chart steps still validate against the renamed charts.
    const { makeChapterSchema } = await import("../../../src/story/chapterSchema");
    const { validate } = await import("../../../src/data/validate");
    const schema = makeChapterSchema({
      layerIds: new Set(),
      placeIds: new Set(),
      regionIds: new Set(),
      countryIds: new Set(),
      chartStates: renamed.chartStates(),
    });
    const chapters = path.join(dir, "chapters");
    const chartSteps = readdirSync(chapters).flatMap((name) => {
      const { handout: _, ...data } = parseYaml(
        readFileSync(path.join(chapters, name), "utf8").split(/^---$/m)[1]!,
      ) as { steps: { chart?: unknown }[]; handout?: unknown };
      // One chart step at a time (the chapter's handout names its other steps, so it goes).
      return data.steps.filter((s) => s.chart).map((s) => ({ ...data, steps: [s] }));
    });
    expect(chartSteps.length).toBeGreaterThan(0);
    for (const chapter of chartSteps) validate(schema, chapter, { file: "chapter" });
  });

  it.each<[string, (charts: { charts: Record<string, Record<string, unknown>> }) => void, RegExp]>([
    [
      "an unknown kind",
      (c) => (c.charts["yearly-deaths"]!.kind = "pie"),
      /charts\.json, field "charts\.yearly-deaths\.kind".*\(value: "pie"\)/,
    ],
    [
      "a misspelt field",
      (c) => (c.charts["kandadji-toll"]!.evnt = "x"),
      /charts\.json, field "charts\.kandadji-toll".*evnt/,
    ],
    [
      "a malformed month",
      (c) =>
        ((c.charts["monthly-deaths"]!.states as Record<string, object>)["since-2022"] = { from: "2022-1" }),
      /charts\.json, field "charts\.monthly-deaths\.states\.since-2022\.from".*\(value: "2022-1"\)/,
    ],
    [
      "an event that timeline.json does not have",
      (c) => (c.charts["deadliest-attacks"]!.since = "no_such_event"),
      /charts\.json, chart "deadliest-attacks", field "since": no event with this id.*\(value: "no_such_event"\)/,
    ],
  ])("stops on %s, naming the file, the field and the value", async (_, edit, message) => {
    const dir = contentCopy((file, text) => {
      if (file !== "charts.json") return text;
      const charts = JSON.parse(text) as { charts: Record<string, Record<string, unknown>> };
      edit(charts);
      return JSON.stringify(charts);
    });
    const charts = await storyChartsIn(dir);
    expect(() => [...charts.chartSpecs().keys()].forEach((id) => charts.chartInput(id, "en"))).toThrow(
      message,
    );
  });
});
