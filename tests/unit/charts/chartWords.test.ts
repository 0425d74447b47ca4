import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { beforeAfterCoup } from "../../../src/charts/beforeAfterCoup";
import { chartTable } from "../../../src/charts/chartTable";
import { chartText } from "../../../src/charts/chartText";
import { loadChartInput } from "../../../src/charts/loadChartInput";
import { chartIds, chartStates } from "../../../src/charts/registry";
import { formatNumber } from "../../../src/i18n/format";
import { loadStrings } from "../../../src/i18n/strings";

const strings = loadStrings("en");

describe("chartText()", () => {
  it.each(chartIds)(
    "gives %s a title, a takeaway, a unit, a source, notes and a description of every state",
    (id) => {
      const text = chartText(id, loadChartInput(id), strings, "en");
      for (const field of ["title", "takeaway", "unit", "source", "notes"] as const)
        expect(text[field].length).toBeGreaterThan(10);
      expect(text.source).toMatch(/^Source: /);
      expect(Object.keys(text.descriptions)).toEqual([...chartStates[id]]);
      for (const d of Object.values(text.descriptions)) expect(d.length).toBeGreaterThan(40);
    },
  );

  it("computes the monthly takeaway's averages from the data", () => {
    const input = loadChartInput("monthly-deaths");
    const c = beforeAfterCoup(input.months, input.coupDate);
    const text = chartText("monthly-deaths", input, strings, "en");
    expect(text.takeaway).toBe(
      `In the ${c.after.months} months after the coup, ${formatNumber(c.after.total!, "en", { maximumFractionDigits: 0 })} people a month were killed on average, against ${formatNumber(c.before.total!, "en", { maximumFractionDigits: 0 })} a month in the ${c.before.months} months before.`,
    );
  });

  it("links the Kandadji toll to its sources", () => {
    expect(chartText("kandadji-toll", loadChartInput("kandadji-toll"), strings, "en").sourceHref).toBe(
      "#source-kandadji_attack",
    );
  });
});

describe("the charts' interface strings", () => {
  // Regression guard for the house rule: every number a reader sees comes from content/data.
  it("type no number: figures arrive through placeholders", () => {
    const en = JSON.parse(readFileSync("content/i18n/en.json", "utf8")) as Record<string, string>;
    // (A licence name, "CC BY 4.0", is not a figure.)
    const typed = Object.entries(en).filter(
      ([k, v]) => k.startsWith("chart.") && /\d/.test(v.replace(/\{\w+\}/g, "").replace(/CC BY \d\.\d/g, "")),
    );
    expect(typed).toEqual([]);
  });
});

describe("chartTable()", () => {
  it("leaves a month with no non-state data blank in the table, not 0", () => {
    const t = chartTable("monthly-deaths", loadChartInput("monthly-deaths"), strings, "en");
    const jan2012 = t.rows.find((r) => r[0] === "January 2012")!;
    expect(jan2012.slice(1, 4)).toEqual(["0", "0", ""]);
  });

  it.each([
    ["monthly-deaths", (i: ReturnType<typeof loadChartInput<"monthly-deaths">>) => i.months.length],
    ["yearly-deaths", (i: ReturnType<typeof loadChartInput<"yearly-deaths">>) => i.years.length],
    ["deadliest-attacks", (i: ReturnType<typeof loadChartInput<"deadliest-attacks">>) => i.attacks.length],
    ["timeline", (i: ReturnType<typeof loadChartInput<"timeline">>) => i.events.length],
  ] as const)("has one row per data point for %s", (id, count) => {
    const input = loadChartInput(id);
    const t = chartTable(id, input, strings, "en");
    expect(t.rows).toHaveLength((count as (x: typeof input) => number)(input));
    for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });

  it("labels the army's claim as unverified and approximate figures as 'about'", () => {
    const k = chartTable("kandadji-toll", loadChartInput("kandadji-toll"), strings, "en");
    expect(k.rows[k.rows.length - 1]).toEqual(["Attackers killed", "about 100", "army claim, unverified"]);
    const troops = chartTable("foreign-troops", loadChartInput("foreign-troops"), strings, "en");
    expect(troops.rows[0]!.slice(0, 3)).toEqual(["France", "Jul 26, 2023", "about 1,500"]);
  });
});
