import { describe, expect, it } from "vitest";
import {
  isCountryTotal as isTotal,
  troopLevelsChart as foreignTroopsChart,
  troopTotals,
  type TroopLevelsInput,
  type TroopPoint,
} from "../../../../src/charts/kinds/troopLevels";
import { overlaps } from "../../../../src/charts/avoidLabelCollisions";
import { isApproximateFigure, loadTroops } from "../../../../src/data/troops";
import { chartOptions, marksOf, storyInput } from "../chartOptions";

/** Which rows count as country-wide, as content/charts.json says for the story's chart. */
const countryWide = { location: "^Niger\\b", text: "\\bremain(?:ing|ed)\\b" };
const isCountryTotal = (row: { location: string; description: string }) => isTotal(row, countryWide);
const forces = { france: "France", us: "United States" };
const states = {
  france: { focus: ["france"], context: [] },
  us: { focus: ["us"], context: ["france"] },
  both: { focus: ["france", "us"], context: [] },
};

describe("troopTotals()", () => {
  const rows = loadTroops().map((t) => ({ ...t, approx: isApproximateFigure(t) }));
  const totals = troopTotals(rows, "2023-07-26", forces, countryWide);
  const dates = (force: string) =>
    totals.find((s) => s.force === force)!.points.map((p) => `${p.date} ${p.troops}`);

  it("keeps France's country-wide figures from the coup on, leaving out single bases", () => {
    expect(dates("france")).toEqual(["2023-07-26 1500", "2023-10-19 1400", "2023-12-13 157", "2023-12-22 0"]);
  });

  it("keeps the US figures for the whole country, including what remained at the last base", () => {
    expect(dates("us")).toEqual([
      "2023-07-26 1100",
      "2024-03-16 1000",
      "2024-04-19 1000",
      "2024-07-07 200",
      "2024-08-05 24",
      "2024-09-15 0",
    ]);
  });

  it("says 'about' where the source does, and not for an official count or a zero", () => {
    const france = totals.find((s) => s.force === "france")!.points;
    expect(france.map((p) => p.approx)).toEqual([true, true, false, false]);
  });

  it.each([
    ["Niger (total)", "", true],
    ["Niger (remaining)", "", true],
    ["Agadez (AB 201) — remaining after AB 101 handover", "", true],
    ["US embassy, Niamey", "two dozen remained at the embassy", true],
    ["Niamey air base (BAP)", "1,000 at the air base", false],
    ["Forward bases (Ouallam, Ayorou)", "~400 soldiers on the forward bases", false],
  ])("counts %j as a country-wide figure: %s", (location, description, expected) => {
    expect(isCountryTotal({ location, description })).toBe(expected);
  });
});

const p = (date: string, troops: number, approx = true): TroopPoint => ({
  date,
  troops,
  approx,
  qualifier: approx ? "about" : "exact",
  location: "Niger",
  source: "Test",
  url: "https://example.org",
});

describe("troopLevelsChart()", () => {
  const input: TroopLevelsInput = {
    id: "foreign-troops",
    states,
    series: [
      { force: "france", points: [p("2023-01-01", 100), p("2023-01-16", 0, false)] },
      { force: "us", points: [p("2023-01-01", 50), p("2023-01-11", 50), p("2023-01-21", 50)] },
    ],
  };
  const g = foreignTroopsChart(input, chartOptions(400, 300, "both"));

  it("joins the figures with steps: the exact path, only horizontal and vertical moves", () => {
    const { left, right, top, bottom } = g.plot;
    const x16 = Math.round((left + ((right - left) * 15) / 31) * 10) / 10;
    expect(g.series[0]!.path).toBe(`M${left},${top}L${x16},${top}L${x16},${bottom}`);
    for (const s of g.series) expect(s.path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)*$/);
  });

  it("draws a dot for every figure", () => {
    expect(marksOf(g.marks, "troop-dot", true)).toHaveLength(5);
  });

  it("labels figures with 'about' where the source says so, the first with the force's name", () => {
    expect(g.series[0]!.points.map((q) => q.label)).toEqual(["France: about 100", "0"]);
  });

  it("gives consecutive figures that read the same one shared label", () => {
    expect(g.series[1]!.points.map((q) => q.label)).toEqual([
      "United States: about 50",
      "about 50",
      "about 50",
    ]);
    expect(marksOf(g.marks, "value-label").filter((m) => m.key.startsWith("label-us-"))).toHaveLength(2);
  });

  it.each([
    ["france", 2, 0],
    ["us", 3, 2],
    ["both", 5, 0],
  ])("shows %s: %d dots in focus, %d as faded context", (state, shown, context) => {
    const s = foreignTroopsChart(input, chartOptions(400, 300, state));
    const dots = marksOf(s.marks, "troop-dot", true);
    expect(dots.filter((d) => !d.cls.includes("is-context"))).toHaveLength(shown);
    expect(dots.filter((d) => d.cls.includes("is-context"))).toHaveLength(context);
  });

  it("keeps every label in every state, hidden when its force is not in focus, so states can fade", () => {
    const keys = (state: string) =>
      marksOf(foreignTroopsChart(input, chartOptions(400, 300, state)).marks, "value-label");
    expect(keys("france").map((m) => m.key)).toEqual(keys("both").map((m) => m.key));
    expect(
      keys("france")
        .filter((m) => !m.off)
        .map((m) => m.key),
    ).toEqual(["label-france-2023-01-01", "label-france-2023-01-16"]);
  });

  it.each([304, 390, 700, 1000])("keeps the real labels apart and inside the chart at %d px", (width) => {
    const real = foreignTroopsChart(
      storyInput<TroopLevelsInput>("foreign-troops"),
      chartOptions(width, 420, "both"),
    );
    const boxes = [
      ...new Map(real.series.flatMap((s) => s.points.map((q) => [q.label + q.box.x, q.box]))).values(),
    ];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});
