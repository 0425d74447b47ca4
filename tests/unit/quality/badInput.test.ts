// One broken fixture per class of content or data error, each checked through the code that reads
// it in the build: the error must name the file, where in it, the field and the value, so the
// author can fix it without reading code. Complements tests/unit/data/loaders.test.ts,
// tests/unit/story/chapterSchema.test.ts and tests/unit/i18n (which test each message in detail)
// and brokenBuild.test.ts (which runs a real build).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadMonthlyDeaths } from "../../../src/data/conflictDeaths";
import { loadYearlyColumn } from "../../../src/data/yearlyTable";
import { loadPlaces } from "../../../src/data/places";
import { loadStoryData } from "../../../src/data/storyData";
import { loadTroops } from "../../../src/data/troops";
import { validate } from "../../../src/data/validate";
import { loadStrings } from "../../../src/i18n/strings";
import { loadMapContent } from "../../../src/map/mapLayers";
import { makeChapterSchema } from "../../../src/story/chapterSchema";
import { chartStates } from "../../../src/story/storyCharts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bad-input-"));
  cpSync(path.resolve("content"), dir, { recursive: true });
  process.env.CONTENT_DIR = dir;
});
afterEach(() => {
  delete process.env.CONTENT_DIR;
});

/** Changes the first occurrence of `from` in a content file; fails if the fixture went stale. */
function edit(file: string, from: string | RegExp, to: string) {
  const p = path.join(dir, file);
  const text = readFileSync(p, "utf8");
  if (!(typeof from === "string" ? text.includes(from) : from.test(text))) {
    throw new Error(`fixture is stale: ${String(from)} not found in ${file}`);
  }
  writeFileSync(p, text.replace(from, to));
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error, got none");
}

/** A chapter fixture's frontmatter, validated as the content collection does. */
function checkChapter(fixture: string) {
  const file = `tests/fixtures/chapters/${fixture}`;
  const frontmatter = parseYaml(readFileSync(file, "utf8").split(/^---$/m)[1]!);
  const data = loadStoryData();
  const schema = makeChapterSchema({
    layerIds: new Set(loadMapContent().layers.map((l) => l.id)),
    placeIds: new Set(data.places.map((p) => p.id)),
    regionIds: new Set(data.regions.map((r) => r.id)),
    countryIds: new Set(data.countries.map((c) => c.iso3)),
    chartStates: chartStates(),
  });
  return () => validate(schema, frontmatter, { file });
}

describe("bad content and data stop the build, naming the file, the field and the value", () => {
  it("a bad frontmatter field (misspelt `layers`)", () => {
    const message = errorOf(checkChapter("01-misspelt-field.mdx"));
    expect(message).toMatch(/^tests\/fixtures\/chapters\/01-misspelt-field\.mdx, field "steps\[0\]\.map"/);
    expect(message).toContain('"layer"');
  });

  it("an unknown place id in a chapter", () => {
    expect(errorOf(checkChapter("01-unknown-place.mdx"))).toContain(
      'tests/fixtures/chapters/01-unknown-place.mdx, field "steps[0].map.places[1]": step "typo-step": unknown place id "atlantis"',
    );
  });

  it("an unknown layer id in a chapter", () => {
    expect(errorOf(checkChapter("01-unknown-layer.mdx"))).toMatch(
      /^tests\/fixtures\/chapters\/01-unknown-layer\.mdx, field "steps\[0\]\.map\.layers\[1\]": step "layer-typo": unknown layer id "atacks" .*\(value: "atacks"\)/,
    );
  });

  it("an unknown place id in a data file", () => {
    edit("data/bases.csv", /,niamey_airbase,/, ",niamey_air_base,");
    expect(errorOf(loadStoryData)).toMatch(
      /\/data\/bases\.csv, row "[^"]+", field "place_id": unknown place id .*\(value: "niamey_air_base"\)/,
    );
  });

  it("a malformed CSV row (an unquoted comma adds a cell)", () => {
    edit("data/places.csv", "Niamey (capital district)", "Niamey, capital district");
    expect(errorOf(loadPlaces)).toMatch(
      /^[^,]+\/data\/places\.csv, line 2: expected \d+ cells \(as in the header\), found \d+/,
    );
  });

  it("a malformed CSV row (a stray quote inside a cell)", () => {
    edit("data/troops.csv", /\nFrance,/, '\nFra"nce,');
    expect(errorOf(loadTroops)).toMatch(/^[^,]+\/data\/troops\.csv, line 2: a quote may only open a cell/);
  });

  it("a date out of range in a chapter (event years before the UCDP data start)", () => {
    expect(errorOf(checkChapter("01-event-years.mdx"))).toContain(
      'tests/fixtures/chapters/01-event-years.mdx, field "steps[0].map.eventYears[0]": event data start in 1989 (value: 1985)',
    );
  });

  it("a date out of range (a month before the UCDP data start)", () => {
    edit("data/niger_monthly_fatalities_ucdp_views.csv", /\n2024-04,2024,/, "\n2024-04,1988,");
    expect(errorOf(loadMonthlyDeaths)).toMatch(
      /niger_monthly_fatalities_ucdp_views\.csv, line \d+, field "year": expected a number ≥ 1989 \(value: "1988"\)/,
    );
  });

  it("a date out of range (a year past 2100)", () => {
    edit("data/niger_conflict_deaths_by_year_ucdp_owid.csv", /\n2023,/, "\n2123,");
    const load = () =>
      loadYearlyColumn({
        file: "niger_conflict_deaths_by_year_ucdp_owid.csv",
        year: "year",
        value: "deaths_all_organized_violence",
      });
    expect(errorOf(load)).toMatch(
      /niger_conflict_deaths_by_year_ucdp_owid\.csv, line \d+, field "year": expected a number ≤ 2100 \(value: "2123"\)/,
    );
  });

  it("a month that does not exist", () => {
    edit("data/niger_monthly_fatalities_ucdp_views.csv", /\n2024-04,/, "\n2024-13,");
    expect(errorOf(loadMonthlyDeaths)).toMatch(
      /field "month": expected a month written YYYY-MM \(value: "2024-13"\)/,
    );
  });

  it("a missing translation key", () => {
    const en = JSON.parse(readFileSync(path.join(dir, "i18n", "en.json"), "utf8")) as Record<string, string>;
    delete en.sourcesAndMethod;
    writeFileSync(path.join(dir, "i18n", "fr.json"), JSON.stringify(en));
    expect(errorOf(() => loadStrings("fr"))).toMatch(
      /i18n\/fr\.json, field "sourcesAndMethod": .*\(value: \(missing\)\)/,
    );
  });
});
