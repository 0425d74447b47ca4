import { chartInput } from "../../../../src/story/storyCharts";
import { describe, expect, it } from "vitest";
import { overlaps } from "../../../../src/charts/avoidLabelCollisions";
import {
  yearlySeriesChart as yearlyDeathsChart,
  type YearlySeriesInput,
} from "../../../../src/charts/kinds/yearlySeries";
import { byKey, chartOptions, marksOf, storyInput } from "../chartOptions";

const input: YearlySeriesInput = {
  id: "yearly-deaths",
  states: { all: {} },
  markerYear: 2003,
  version: "test",
  years: [
    { year: 2000, value: 40 },
    { year: 2001, value: 0 },
    { year: 2002, value: 100 },
    { year: 2003, value: 60 },
  ],
};

describe("yearlySeriesChart()", () => {
  const g = yearlyDeathsChart(input, chartOptions(400, 300, "all"));

  it("gives the y axis round ticks from zero to the peak", () => {
    expect(g.yDomain).toEqual([0, 100]);
    expect(g.yTicks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("draws one bar per year, side by side, a quarter of the plot each", () => {
    const bw = (g.plot.right - g.plot.left) / 4;
    const gap = Math.max(1, bw * 0.2);
    expect(g.bars.map((b) => b.x)).toEqual(
      [0, 1, 2, 3].map((i) => Math.round((g.plot.left + i * bw + gap / 2) * 10) / 10),
    );
    expect(marksOf(g.marks, "bar")).toHaveLength(4);
  });

  it("draws a year with no recorded deaths as a bar of height zero, with its 0 in the tooltip", () => {
    const zero = byKey(g.marks, "bar-2001");
    expect(zero).toMatchObject({ height: 0, y: g.plot.bottom, tip: "2001: 0 deaths" });
  });

  it("sets bar heights in proportion to deaths", () => {
    const h = (y: number) => g.bars.find((b) => b.year === y)!.height;
    expect(h(2002)).toBeCloseTo(g.plot.bottom - g.plot.top, 1);
    expect(h(2000) / h(2002)).toBeCloseTo(0.4, 2);
  });

  it("also labels the marker's year when it is neither the highest nor the last (its bar is coloured)", () => {
    const early = yearlyDeathsChart({ ...input, markerYear: 2000 }, chartOptions(400, 300, "all"));
    expect(early.labels.map((l) => l.year)).toEqual([2002, 2003, 2000]);
    expect(early.labels[2]!.lines).toEqual(["40 in 2000", "the year of the coup"]);
  });

  it("labels the deadliest year and the last year, which is the coup year, and colours the coup bar", () => {
    expect(g.labels.map((l) => l.lines)).toEqual([["100 in 2002"], ["60 in 2003", "the year of the coup"]]);
    expect(byKey(g.marks, "bar-2003").cls).toContain("is-marked");
  });

  it.each([336, 390, 700, 1000])(
    "keeps the labels of the real data off the bars and each other at %d px",
    (width) => {
      const real = yearlyDeathsChart(
        storyInput<YearlySeriesInput>("yearly-deaths"),
        chartOptions(width, 320, "all"),
      );
      const bars = real.bars.map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height }));
      for (const l of real.labels)
        for (const b of bars) expect(overlaps(l.box, b), `${l.lines[0]}`).toBe(false);
      expect(overlaps(real.labels[0]!.box, real.labels[1]!.box)).toBe(false);
    },
  );
});

describe("the yearly series of another edition", () => {
  // The French source line printed the data's "UCDP GED 24.1 via OWID grapher (updated 2024-08-26)".
  it("names the dataset version in the edition's words (data.json → versions)", () => {
    expect(storyInput<YearlySeriesInput>("yearly-deaths").version).toBe(
      "UCDP GED 24.1 via OWID grapher (updated 2024-08-26)",
    );
    expect((chartInput("yearly-deaths", "fr") as YearlySeriesInput).version).toBe(
      "UCDP GED 24.1 via Our World in Data (mise à jour du 26 août 2024)",
    );
  });
});
