import { flattenPlurals } from "../../../src/i18n/plural";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { beforeAfter } from "../../../src/charts/beforeAfter";
import type { MonthlySeriesInput } from "../../../src/charts/kinds/monthlySeries";
import { formatNumber } from "../../../src/i18n/format";
import { loadStrings } from "../../../src/i18n/strings";
import { chartInput, chartSpecs, chartTable as table, chartWords } from "../../../src/story/storyCharts";

const strings = loadStrings("en");
const chartIds = [...chartSpecs().keys()];
const chartText = (id: string) => chartWords(id, strings, "en");
const chartTable = (id: string) => table(id, strings, "en");
/** The input of a chart of the story, as its kind's type. */
const inputOf = <T>(id: string) => chartInput(id, "en") as T;

describe("chartWords()", () => {
  it.each(chartIds)(
    "gives %s a title, a takeaway, a unit, a source, notes and a description of every state",
    (id) => {
      const text = chartText(id);
      for (const field of ["title", "takeaway", "unit", "source", "notes"] as const)
        expect(text[field].length).toBeGreaterThan(10);
      expect(text.source).toMatch(/^Source: /);
      expect(Object.keys(text.descriptions)).toEqual(Object.keys(chartSpecs().get(id)!.states));
      for (const d of Object.values(text.descriptions)) expect(d.length).toBeGreaterThan(40);
    },
  );

  it("computes the monthly takeaway's averages from the data", () => {
    const input = inputOf<MonthlySeriesInput>("monthly-deaths");
    const c = beforeAfter(input.months, input.markerDate);
    const text = chartText("monthly-deaths");
    expect(text.takeaway).toBe(
      `In the ${c.after.months} months after the coup, ${formatNumber(c.after.total!, "en", { maximumFractionDigits: 0 })} people a month were killed on average, against ${formatNumber(c.before.total!, "en", { maximumFractionDigits: 0 })} a month in the ${c.before.months} months before.`,
    );
  });

  it("links the Kandadji toll to its sources", () => {
    expect(chartText("kandadji-toll").sourceHref).toBe("#source-kandadji_attack");
  });
});

describe("the charts' interface strings", () => {
  // Regression guard for the house rule: every number a reader sees comes from content/data.
  it("type no number: figures arrive through placeholders", () => {
    // Plural forms ({ one, other }) flattened: each form is checked.
    const en = flattenPlurals(
      JSON.parse(readFileSync("content/i18n/en.json", "utf8")) as Record<string, string>,
    );
    // (A licence name, "CC BY 4.0", is not a figure.)
    const typed = Object.entries(en).filter(
      ([k, v]) => k.startsWith("chart.") && /\d/.test(v.replace(/\{\w+\}/g, "").replace(/CC BY \d\.\d/g, "")),
    );
    expect(typed).toEqual([]);
  });
});

describe("chartTable()", () => {
  it("leaves a month with no non-state data blank in the table, not 0", () => {
    const t = chartTable("monthly-deaths");
    const jan2012 = t.rows.find((r) => r[0] === "January 2012")!;
    expect(jan2012.slice(1, 4)).toEqual(["0", "0", ""]);
  });

  it.each([
    ["monthly-deaths", "months"],
    ["yearly-deaths", "years"],
    ["deadliest-attacks", "attacks"],
    ["timeline", "events"],
  ] as const)("has one row per data point for %s", (id, points) => {
    const input = inputOf<Record<typeof points, unknown[]>>(id);
    const t = chartTable(id);
    expect(t.rows).toHaveLength(input[points].length);
    for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });

  it("labels the army's claim as unverified and approximate figures as 'about'", () => {
    const k = chartTable("kandadji-toll");
    expect(k.rows[k.rows.length - 1]).toEqual(["Attackers killed", "about 100", "army claim, unverified"]);
    const troops = chartTable("foreign-troops");
    expect(troops.rows[0]!.slice(0, 3)).toEqual(["France", "Jul 26, 2023", "about 1,500"]);
  });
});
