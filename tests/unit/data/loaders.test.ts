import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadAttacks } from "../../../src/data/attacks";
import { loadPlaces } from "../../../src/data/places";
import { loadTroops } from "../../../src/data/troops";
import { loadMonthlyDeaths } from "../../../src/data/conflictDeaths";
import { loadStoryData } from "../../../src/data/storyData";
import { loadRegions } from "../../../src/data/geo";
import { loadTimeline, sourceSchema } from "../../../src/data/timeline";
import { validate } from "../../../src/data/validate";

describe("data loaders on the real content/data", () => {
  it("loadPlaces() reads every place and flags the derived coordinates as approximate", () => {
    const places = loadPlaces();
    expect(places.length).toBe(36);
    const approx = places.filter((p) => p.approximate).map((p) => p.id);
    expect(approx.sort()).toEqual([
      "garbougna",
      "kandadji",
      "koutougou_niger",
      "manda",
      "sakoira_ambush_site",
      "tabatol",
    ]);
  });

  it("loadAttacks() keeps unknown locations as null, not zero", () => {
    const teguey = loadAttacks().find((a) => a.event_id === "teguey_attack")!;
    expect(teguey.lat).toBeNull();
    expect(teguey.lon).toBeNull();
    expect(teguey.soldiers_killed_official).toBe(23);
  });

  it("loadMonthlyDeaths() leaves non-state deaths blank before 2018", () => {
    const months = loadMonthlyDeaths();
    expect(months.find((m) => m.month === "2017-12")!.ged_ns).toBeNull();
    expect(months.find((m) => m.month === "2018-01")!.ged_ns).not.toBeNull();
  });

  it("loadTroops() reads the French and US figures with their sources", () => {
    const troops = loadTroops();
    expect(troops.filter((t) => t.force === "France").at(-1)).toMatchObject({
      date: "2023-12-22",
      troops: 0,
    });
    expect(troops.every((t) => t.url.startsWith("http"))).toBe(true);
  });

  it("loadRegions() gives Niger's eight regions slug ids", () => {
    expect(
      loadRegions()
        .map((r) => r.id)
        .sort(),
    ).toEqual(["agadez", "diffa", "dosso", "maradi", "niamey", "tahoua", "tillaberi", "zinder"]);
  });

  it("loadStoryData() checks the references between files", () => {
    const data = loadStoryData();
    expect(data.placeById.get("kandadji")!.name).toBe("Kandadji");
    expect(data.countries.find((c) => c.iso3 === "NER")!.name).toBe("Niger");
  });
});

describe("bad data stops with the file, the line, the field and the value", () => {
  let dir: string;
  const real = path.resolve("content");
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "content-"));
    mkdirSync(path.join(dir, "data"));
    cpSync(path.join(real, "data"), path.join(dir, "data"), { recursive: true });
    // story.json says which file of data/ holds what.
    cpSync(path.join(real, "story.json"), path.join(dir, "story.json"));
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
  });
  const edit = (file: string, from: string, to: string) => {
    const p = path.join(dir, "data", file);
    const text = readFileSync(p, "utf8");
    if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${file}`);
    writeFileSync(p, text.replace(from, to));
  };

  it("a latitude that is not a number", () => {
    edit(
      "places.csv",
      "niamey,Niamey,,NER,Niamey (capital district),capital,13.5187",
      "niamey,Niamey,,NER,Niamey (capital district),capital,13,5x",
    );
    expect(() => loadPlaces()).toThrow(/content-[^/]+\/data\/places\.csv, line 2/);
  });

  it("a latitude out of range", () => {
    edit("places.csv", "capital,13.5187,", "capital,113.5187,");
    expect(() => loadPlaces()).toThrow(
      /places\.csv, line 2, field "lat": expected a number ≤ 90 \(value: "113\.5187"\)/,
    );
  });

  it("a malformed date", () => {
    edit("attacks.csv", "kandadji_attack,2023-09-28", "kandadji_attack,2023-09-31");
    expect(() => loadAttacks()).toThrow(
      /attacks\.csv, line 3, field "date": expected a date written YYYY-MM-DD \(value: "2023-09-31"\)/,
    );
  });

  it("a date out of range", () => {
    edit("attacks.csv", "kandadji_attack,2023-09-28", "kandadji_attack,2203-09-28");
    expect(() => loadAttacks()).toThrow(
      /attacks\.csv, line 3, field "date": expected a date between 1900 and 2100 \(value: "2203-09-28"\)/,
    );
  });

  it("a row with a missing cell", () => {
    edit("troops.csv", "France,2023-07-26,1500,about,", "France,2023-07-26,1500,");
    expect(() => loadTroops()).toThrow(/troops\.csv, line \d+: expected 11 cells/);
  });

  it("a troop figure's bound in words instead of one of about, atLeast, moreThan or blank", () => {
    edit("troops.csv", "France,2023-07-26,1500,about,", "France,2023-07-26,1500,approximately,");
    expect(() => loadTroops()).toThrow(/troops\.csv, line \d+, field "bound": .*\(value: "approximately"\)/);
  });

  it("a negative death toll", () => {
    edit("niger_monthly_fatalities_ucdp_views.csv", "2024-04,2024,4,532,27,", "2024-04,2024,4,532,-27,");
    expect(() => loadMonthlyDeaths()).toThrow(/field "ged_sb": expected a number ≥ 0 \(value: "-27"\)/);
  });

  it("a place id that does not exist", () => {
    edit(
      "attacks.csv",
      "kandadji_attack,2023-09-28,Kandadji attack,kandadji,",
      "kandadji_attack,2023-09-28,Kandadji attack,kandadjj,",
    );
    // The message names the files of the content folder in use (here a temporary copy).
    expect(() => loadStoryData()).toThrow(
      /\/data\/attacks\.csv, row "kandadji_attack", field "place_id": unknown place id \(not in [^)]*\/data\/places\.csv\) \(value: "kandadjj"\)$/,
    );
  });

  it("a duplicate id", () => {
    edit("places.csv", "\nagadez,Agadez,", "\nniamey,Agadez,");
    expect(() => loadPlaces()).toThrow(
      /places\.csv, line \d+, field "id": duplicate id \(first used on line 2\) \(value: "niamey"\)/,
    );
  });

  it("a missing column", () => {
    edit("bases.csv", "force,base,place_id", "force,bass,place_id");
    expect(() => loadStoryData()).toThrow(/bases\.csv, line 1, field "base": column missing from the header/);
  });

  it("an event without a source in timeline.json", () => {
    const p = path.join(dir, "data", "timeline.json");
    const t = JSON.parse(readFileSync(p, "utf8"));
    t.events[0].sources = [];
    writeFileSync(p, JSON.stringify(t));
    expect(() => loadStoryData()).toThrow(
      /timeline\.json, field "events\[0\]\.sources": every event needs a source/,
    );
  });

  it("a figure's bound that is not one of about, atLeast, moreThan", () => {
    edit("timeline.json", '"bound": "atLeast"', '"bound": "at least"');
    expect(() => loadTimeline()).toThrow(
      /timeline\.json, field "events\[\d+\]\.figures\[0\]\.bound": .*\(value: "at least"\)/,
    );
  });

  it("a figure field the engine does not read (not dropped in silence)", () => {
    edit("timeline.json", '"bound": "about"', '"approx": true');
    expect(() => loadTimeline()).toThrow(/timeline\.json, field "events\[\d+\]\.figures\[0\]": .*approx/);
  });

  it("a source whose title kind is not headline, fromAddress or label", () => {
    edit("timeline.json", '"title_kind": "fromAddress"', '"title_kind": "rebuilt"');
    expect(() => loadTimeline()).toThrow(
      /timeline\.json, field "[^"]*sources\[\d+\]\.title_kind": .*\(value: "rebuilt"\)/,
    );
  });

  it("a yes/no column with something else in it (a blank is not 'no')", () => {
    const p = path.join(dir, "data", "places.csv");
    const text = readFileSync(p, "utf8");
    writeFileSync(p, text.replace(/,(yes|no)(\r?\n)/, ",$2"));
    expect(() => loadPlaces()).toThrow(
      /places\.csv, line 2, field "coord_approximate": expected "yes" or "no" \(value: ""\)/,
    );
  });

  it("a figure claimed by someone story.json does not declare", () => {
    edit("timeline.json", '"claim": "army"', '"claim": "armee"');
    expect(() => loadTimeline()).toThrow(
      /timeline\.json, event "koutougou_attack", figure "[^"]+", field "claim": not declared in content\/story\.json → data\.claimants \(known: army, government\) \(value: "armee"\)/,
    );
  });
});

// Issue #12: a source's date is printed through Intl at its precision (a day or a month), so it
// must be one of the two; anything else stops where it enters, naming the field and the value.
describe("a source's publication date", () => {
  const source = {
    title: "T",
    publisher: "P",
    url: "https://example.org/",
    title_kind: "headline",
    title_from: "page",
  };
  it.each(["2026-01-06", "2026-01"])("accepts %s", (published) => {
    expect(validate(sourceSchema, { ...source, published }, { file: "timeline.json" }).published).toBe(
      published,
    );
  });
  it.each(["2026", "2026-1-6", "6 January 2026", "2026-13"])("refuses %s", (published) => {
    expect(() => validate(sourceSchema, { ...source, published }, { file: "timeline.json" })).toThrow(
      new RegExp(
        `field "published": expected a date written YYYY-MM-DD or YYYY-MM \\(value: "${published}"\\)`,
      ),
    );
  });
});
