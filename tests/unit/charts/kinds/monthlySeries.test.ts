import { describe, expect, it } from "vitest";
import { beforeAfter as beforeAfterCoup } from "../../../../src/charts/beforeAfter";
import {
  monthlySeries,
  monthlySeriesChart as monthlyDeathsChart,
  type MonthlySeriesInput,
  type MonthPoint,
} from "../../../../src/charts/kinds/monthlySeries";
import { loadMonthlyDeaths, type MonthDeaths } from "../../../../src/data/conflictDeaths";
import type { RectMark } from "../../../../src/charts/marks";
import { overlaps } from "../../../../src/charts/avoidLabelCollisions";
import { labelBox } from "../../../../src/charts/avoidLabelCollisions";
import { byKey, chartOptions, marksOf } from "../chartOptions";

function row(
  month: string,
  sb: number,
  os: number | null,
  ns: number | null,
  preliminary = false,
): MonthDeaths {
  const [y, m] = month.split("-").map(Number);
  return {
    month,
    year: y!,
    month_num: m!,
    views_month_id: 1,
    ged_sb: sb,
    ged_os: os,
    ged_ns: ns,
    os_source: null,
    ns_source: null,
    notes: null,
    preliminary,
  };
}

const point = (
  month: string,
  sb: number | null,
  os: number | null,
  ns: number | null,
  preliminary = false,
): MonthPoint => ({
  month,
  sb,
  os,
  ns,
  preliminary,
});

describe("monthlySeries()", () => {
  const rows = [
    row("2011-12", 5, 0, null),
    row("2012-02", 3, 1, null),
    row("2012-01", 0, 0, null),
    row("2018-01", 7, 2, 0),
    row("2024-04", 27, 18, 40, true),
  ];

  it("starts at the month asked for and keeps month order", () => {
    expect(monthlySeries(rows, "2012-01").map((m) => m.month)).toEqual([
      "2012-01",
      "2012-02",
      "2018-01",
      "2024-04",
    ]);
  });

  it("leaves months with no non-state data blank, not zero", () => {
    const s = monthlySeries(rows, "2012-01");
    expect(s.map((m) => m.ns)).toEqual([null, null, 0, 40]);
  });

  it("keeps a real zero as zero", () => {
    expect(monthlySeries(rows, "2012-01")[0]).toMatchObject({ sb: 0, os: 0 });
  });

  it("flags a month as preliminary when its preliminary column says so (not from the words of its notes)", () => {
    expect(monthlySeries(rows, "2012-01").map((m) => m.preliminary)).toEqual([false, false, false, true]);
  });
});

describe("beforeAfter()", () => {
  const series = [
    point("2023-04", 10, 1, 0),
    point("2023-05", 20, 2, 0),
    point("2023-06", 30, 3, 6),
    point("2023-07", 40, 4, 0),
    point("2023-08", 50, 5, null),
    point("2023-09", 70, 9, 3),
  ];

  it("compares the months after the coup with as many months up to and including the coup month", () => {
    const c = beforeAfterCoup(series, "2023-07-26");
    expect(c.eventMonth).toBe("2023-07");
    expect(c.before).toMatchObject({ from: "2023-06", to: "2023-07", months: 2 });
    expect(c.after).toMatchObject({ from: "2023-08", to: "2023-09", months: 2 });
  });

  it.each([
    ["sb", 35, 60],
    ["os", 3.5, 7],
    // August's blank non-state month is left out of the average, not counted as zero.
    ["ns", 3, 3],
  ] as const)("averages %s per month before and after from the data", (type, before, after) => {
    const c = beforeAfterCoup(series, "2023-07-26");
    expect(c.before.avg[type]).toBe(before);
    expect(c.after.avg[type]).toBe(after);
  });

  it("averages all three types over the months where all three are recorded", () => {
    const c = beforeAfterCoup(series, "2023-07-26");
    expect(c.before.total).toBe((30 + 3 + 6 + 40 + 4 + 0) / 2);
    expect(c.after.total).toBe(70 + 9 + 3);
  });

  it("fails when there is no month after the coup", () => {
    expect(() => beforeAfterCoup(series.slice(0, 4), "2023-07-26")).toThrow(/no month after 2023-07/);
  });

  it("gives, for the real data, the averages of the rows summed by hand", () => {
    const rows = loadMonthlyDeaths();
    const c = beforeAfterCoup(monthlySeries(rows, "2012-01"), "2023-07-26");
    const after = rows.filter((r) => r.month > "2023-07");
    const before = rows.filter((r) => r.month <= "2023-07").slice(-after.length);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(c.after.avg.sb).toBeCloseTo(mean(after.map((r) => r.ged_sb)), 10);
    expect(c.before.avg.sb).toBeCloseTo(mean(before.map((r) => r.ged_sb)), 10);
    expect(c.after.avg.os).toBeCloseTo(mean(after.map((r) => r.ged_os!)), 10);
    expect(c.before.months).toBe(c.after.months);
  });
});

/** The states of the story's monthly chart, as content/charts.json declares them. */
const states = {
  all: { compare: false },
  "since-2022": { from: "2022-01", compare: false },
  "before-after": { compare: true },
};

describe("monthlySeriesChart()", () => {
  // Four months around a coup on 26 July; non-state deaths unknown in June.
  const input: MonthlySeriesInput = {
    id: "monthly-deaths",
    states,
    markerDate: "2023-07-26",
    series: ["sb", "os", "ns"],
    months: [
      point("2023-06", 10, 0, null),
      point("2023-07", 20, 5, 0),
      point("2023-08", 40, 10, 2),
      point("2023-09", 30, 20, 4, true),
    ],
  };
  const draw = (state: string, width = 400, height = 500) =>
    monthlyDeathsChart(input, chartOptions(width, height, state));

  it("gives the shared y scale round ticks from zero", () => {
    const g = draw("all");
    expect(g.yDomain).toEqual([0, 40]);
    expect(g.yTicks).toEqual([0, 10, 20, 30, 40]);
  });

  it("draws one bar per recorded value, none for a blank month", () => {
    const g = draw("all");
    expect(marksOf(g.marks, "bar")).toHaveLength(11);
    expect(g.marks.some((m) => m.key === "bar-ns-2023-06")).toBe(false);
    expect(marksOf(g.marks, "bar--ns")).toHaveLength(3);
  });

  it("shades the blank months as not recorded, never as zero", () => {
    const g = draw("all");
    const band = byKey(g.marks, "nodata-ns-0") as RectMark;
    const ns = g.panels.find((p) => p.type === "ns")!;
    expect(band).toMatchObject({ type: "rect", x: g.plot.left, y: ns.top, off: false });
  });

  it("draws a zero as a bar of height zero", () => {
    const bar = byKey(draw("all").marks, "bar-os-2023-06") as RectMark;
    expect(bar.height).toBe(0);
  });

  it("places the bars side by side across the plot, each a quarter of it wide", () => {
    const g = draw("all");
    const bw = (g.plot.right - g.plot.left) / 4;
    const gap = Math.max(1, bw * 0.15);
    const xs = ["2023-06", "2023-07", "2023-08", "2023-09"].map(
      (m) => (byKey(g.marks, `bar-sb-${m}`) as RectMark).x,
    );
    expect(xs).toEqual([0, 1, 2, 3].map((i) => Math.round((g.plot.left + i * bw + gap / 2) * 10) / 10));
  });

  it("marks the coup with a rule at its day of July", () => {
    const g = draw("all");
    const bw = (g.plot.right - g.plot.left) / 4;
    const x = Math.round((g.plot.left + bw * (1 + 25 / 31)) * 10) / 10;
    expect(byKey(g.marks, "marker-rule")).toMatchObject({
      type: "path",
      d: expect.stringMatching(new RegExp(`^M${x},`)),
    });
    expect(byKey(g.marks, "marker-label")).toMatchObject({ lines: ["Coup, Jul 26, 2023"] });
  });

  it("draws preliminary months lighter, under a labelled bracket", () => {
    const g = draw("all");
    expect(byKey(g.marks, "bar-sb-2023-09").cls).toContain("is-prelim");
    expect(byKey(g.marks, "bar-sb-2023-08").cls).not.toContain("is-prelim");
    expect(byKey(g.marks, "prelim-label-0")).toMatchObject({ lines: ["Preliminary"] });
  });

  it("shows the averages only in the before-after state, with values from the data", () => {
    expect(marksOf(draw("all").marks, "avg", true)).toHaveLength(0);
    const g = draw("before-after");
    // Two months after the coup, so two before: June and July.
    expect(g.months).toEqual(["2023-06", "2023-09"]);
    expect(marksOf(g.marks, "avg", true)).toHaveLength(6);
    expect(byKey(g.marks, "avg-label-sb-before")).toMatchObject({ lines: ["15 a month"], off: false });
    expect(byKey(g.marks, "avg-label-sb-after")).toMatchObject({ lines: ["35 a month"], off: false });
    expect(byKey(g.marks, "avg-label-ns-before")).toMatchObject({ lines: ["0 a month"] });
  });

  it("zooms by collapsing the months before the window to its left edge", () => {
    const long = { ...input, months: [point("2021-12", 5, 5, 5), ...input.months] };
    const g = monthlyDeathsChart(long, chartOptions(400, 500, "since-2022"));
    expect(g.months).toEqual(["2022-01", "2023-09"]);
    expect(byKey(g.marks, "bar-sb-2021-12")).toMatchObject({ width: 0, x: g.plot.left, off: true });
    expect(byKey(g.marks, "hit-2021-12")).toMatchObject({ off: true });
  });

  it("keeps the same marks in every state, so that states can animate into each other", () => {
    const keys = (state: string) =>
      draw(state)
        .marks.filter((m) => !/^(ytick|grid|xtick|xlabel)-/.test(m.key))
        .map((m) => m.key);
    expect(keys("since-2022")).toEqual(keys("all"));
    expect(keys("before-after")).toEqual(keys("all"));
  });

  it.each([320, 390, 700, 1000])("keeps the labels above the panels apart at %d px wide", (width) => {
    for (const state of ["all", "since-2022", "before-after"]) {
      const labels = monthlyDeathsChart(
        {
          id: "monthly-deaths",
          states,
          markerDate: "2023-07-26",
          series: ["sb", "os", "ns"],
          months: monthlySeries(loadMonthlyDeaths(), "2012-01"),
        },
        chartOptions(width, 500, state),
      ).marks.filter((m) => m.type === "text" && !m.off && /^(marker-label|prelim-label|period)/.test(m.key));
      const boxes = labels.map((l) =>
        l.type === "text"
          ? labelBox(l.lines, 13, { x: l.x, y: l.y, anchor: l.anchor }, l.key === "marker-label")
          : null,
      );
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!), `${state}`).toBe(false);
    }
  });

  it("gives every month a value to read out, blank months included", () => {
    const hit = byKey(draw("all").marks, "hit-2023-06");
    expect(hit.tip).toBe("June 2023\nState-based: 10\nAgainst civilians: 0\nNon-state: not recorded");
    expect(byKey(draw("all").marks, "hit-2023-09").tip).toMatch(/^September 2023 \(preliminary\)/);
  });
});
