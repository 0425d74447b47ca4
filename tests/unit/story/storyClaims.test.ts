import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storyData } from "../../../src/data/storyData";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { loadMonthlyDeaths } from "../../../src/data/conflictDeaths";
import { loadYearlyColumn } from "../../../src/data/yearlyTable";
import { loadStoryMeta } from "../../../src/story/storyMeta";
import { checkFactsAsOf, eventsUpTo } from "../../../src/story/factsAsOf";
import { formatDate } from "../../../src/i18n/format";

// The story's "deadliest", "since the coup" and trend sentences, checked against the data up to
// story.json → factsAsOf. A claim that stops matching the data (a new attack, a new data release)
// fails here instead of going out wrong. Guards against the errors of the fact-check of
// November 2026: "deadliest" figures and trends that the data did not bear out.
const data = storyData("en");
const meta = loadStoryMeta("en");
const coup = data.timeline.events.find((e) => e.category === "coup")!.date;
const chapters = readdirSync("content/chapters")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ file: f, text: readFileSync(`content/chapters/${f}`, "utf8") }));
const chapter = (prefix: string) => chapters.find((c) => c.file.startsWith(prefix))!.text;
const step = (prefix: string, id: string) => {
  const m = new RegExp(`<Step id="${id}">([\\s\\S]*?)</Step>`).exec(chapter(prefix));
  if (!m) throw new Error(`no step ${id}`);
  return m[1]!;
};

/** The attack with the highest official toll of soldiers killed, from `from` to `to`. */
function deadliest(from: string, to: string) {
  const known = eventsUpTo(data.attacks, to).filter(
    (a) => a.date >= from && a.soldiers_killed_official !== null,
  );
  return known.reduce((a, b) => (b.soldiers_killed_official! > a.soldiers_killed_official! ? b : a));
}

describe("the story's data against factsAsOf", () => {
  it("every event and attack is dated up to factsAsOf, with a source address and a confidence", () => {
    const events = data.timeline.events.map((e) => ({ ...e, urls: e.sources.map((s) => s.url) }));
    expect(() => checkFactsAsOf("content/data/timeline.json", events, meta.factsAsOf)).not.toThrow();
    const rated = new Map(data.timeline.events.map((e) => [e.id, e.confidence]));
    const attacks = data.attacks.map((a) => ({
      id: a.event_id,
      date: a.date,
      urls: a.sources,
      confidence: rated.get(a.event_id) ?? "",
    }));
    expect(() => checkFactsAsOf("content/data/attacks.csv", attacks, meta.factsAsOf)).not.toThrow();
  });
});

describe("'deadliest' and 'since the coup' statements, against the data up to factsAsOf", () => {
  it("the deadliest attack on the army since the coup, by official toll, is the one chapter 8 names", () => {
    const top = deadliest(coup, meta.factsAsOf);
    const text = step("08", "deadliest-since-coup");
    expect(text).toMatch(/deadliest attack on Niger’s army since the coup/);
    expect(text).toContain(`<Fact id="${top.event_id}.soldiers-killed" />`);
  });

  it("chapter 8 says 'up to February 2026', which is the month of factsAsOf", () => {
    expect(step("08", "deadliest-since-coup")).toContain("up to February 2026");
    expect(meta.factsAsOf.slice(0, 7)).toBe("2026-02");
  });

  it("Koutougou, not Kandadji, was the deadliest when the report was written (the Fact check)", () => {
    const kandadji = data.attacks.find((a) => a.event_id === "kandadji_attack")!;
    expect(deadliest(coup, kandadji.date).event_id).toBe("koutougou_attack");
    expect(step("02", "deadliest-claim")).toMatch(/Koutougou ambush six weeks earlier had killed/);
  });

  it("Tabatol, four days after Kandadji, was deadlier still (the Update)", () => {
    expect(deadliest(coup, "2023-10-02").event_id).toBe("tabatol_attack");
    expect(step("02", "deadliest-claim")).toContain(
      '<Fact id="tabatol_attack.soldiers-killed" bare={true} />',
    );
  });

  it("of the attacks of 2023 and 2024, Tabatol killed the most soldiers (chapter 2)", () => {
    expect(deadliest(coup, "2024-12-31").event_id).toBe("tabatol_attack");
    expect(step("02", "attacks-compared")).toMatch(
      /Of the attacks of 2023 and 2024, Tabatol killed the most soldiers/,
    );
  });

  it("'the deadliest of those years was the last, 2024' in the UCDP event file (chapter 7)", () => {
    const byYear = new Map<number, number>();
    for (const e of loadGedEvents()) {
      const y = Number(e.date_start.slice(0, 4));
      byYear.set(y, (byYear.get(y) ?? 0) + e.deaths_best);
    }
    const years = [...byYear.keys()].sort();
    const max = [...byYear.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(max[0]).toBe(years.at(-1));
    expect(years.at(-1)).toBe(2024);
    expect(step("07", "longer-view")).toContain("The deadliest of those years was the last, 2024.");
  });

  it("the yearly trend sentence matches the series over the whole period (chapter 3)", () => {
    const d = new Map(
      loadYearlyColumn({
        file: "niger_conflict_deaths_by_year_ucdp_owid.csv",
        year: "year",
        value: "deaths_all_organized_violence",
      }).map((r) => [r.year, r.value]),
    );
    const v = (y: number) => d.get(y)!;
    // "After a deadly 2015, deaths fell until 2017 and stayed low in 2018, climbed from 2019 to a
    // peak in 2021, then fell in 2022 and again in 2023, ... where this series ends."
    expect(v(2016)).toBeLessThan(v(2015));
    expect(v(2017)).toBeLessThan(v(2016));
    expect(v(2018)).toBeLessThan(v(2015) / 2);
    expect(v(2019)).toBeGreaterThan(v(2018));
    expect(v(2020)).toBeGreaterThan(v(2019));
    expect(v(2021)).toBe(Math.max(...d.values()));
    expect(v(2022)).toBeLessThan(v(2021));
    expect(v(2023)).toBeLessThan(v(2022));
    expect(Math.max(...d.keys())).toBe(2023);
    expect(step("03", "deaths-by-year")).toContain("then fell in 2022 and again in 2023");
  });

  it("state-based deaths in the nine months from August 2023 ran at more than twice the nine months before (chapter 3)", () => {
    const months = loadMonthlyDeaths();
    const sum = (from: string, to: string) =>
      months.filter((m) => m.month >= from && m.month <= to).reduce((s, m) => s + m.ged_sb, 0);
    expect(sum("2023-08", "2024-04")).toBeGreaterThan(2 * sum("2022-11", "2023-07"));
    expect(months.at(-1)!.month).toBe("2024-04");
    expect(step("03", "deaths-since-2022")).toContain("to April 2024, where this series ends");
  });

  it("every 'deadliest' or 'since the coup' sentence of the chapters is one of those checked above", () => {
    const checked = [
      /called Kandadji the deadliest attack since the coup/, // chapter 2 summary: what the report said
      /marks the deadliest known attack in Niger since the military coup/, // quote of the report
      /was not the deadliest/,
      /called it the deadliest since the coup at the time/,
      /Kandadji was the deadliest attack since the coup/, // what the report said (Update)
      /appeared to have worsened since the coup/, // what the report said
      /The deadliest of those years was the last, 2024/,
      /suspended since the coup/, // parties suspended (RFI), not a count
      /Tillabéri was the deadliest region of the central Sahel in 2025/, // ACLED via RFI and AFP, linked
      /the deadliest attack on (Niger’s|the) army since the coup, up to February 2026/, // also the handout summary
      /^title: Not the deadliest/,
      /^short: The deadliest attacks/,
    ];
    const unchecked: string[] = [];
    for (const c of chapters) {
      // Step ids and chart ids are names, not sentences.
      const prose = c.text.replace(/^\s*(- )?id: .*$|chart: .*$|^\s*graphics: .*$|<Step id="[^"]*">/gm, "");
      for (const sentence of prose.split(/(?<=[.!?])\s+|\n/)) {
        if (/deadliest|since the coup/i.test(sentence) && !checked.some((re) => re.test(sentence.trim())))
          unchecked.push(`${c.file}: ${sentence.trim()}`);
      }
    }
    expect(unchecked).toEqual([]);
  });

  it("the method text states the facts-as-of date of story.json", () => {
    expect(meta.method.join(" ")).toContain(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "UTC",
        day: "numeric",
        month: "long",
        year: "numeric",
      }).format(new Date(`${meta.factsAsOf}T00:00:00Z`)),
    );
    expect(formatDate(meta.factsAsOf, "en")).toBeTruthy();
  });
});
