import { describe, expect, it } from "vitest";
import { timelineChart, type TimelineInput } from "../../../../src/charts/kinds/timeline";
import { chartOptions, marksOf, storyInput } from "../chartOptions";

const input = storyInput<TimelineInput>("timeline");
const timelineHighlights = Object.fromEntries(
  Object.entries(input.states).map(([state, view]) => [state, view.highlight]),
);

describe("timelineChart()", () => {
  it("draws one dot per event of timeline.json, in date order", () => {
    const g = timelineChart(input, chartOptions(360, 560, "all"));
    expect(marksOf(g.marks, "event-dot")).toHaveLength(input.events.length);
    const ys = marksOf(g.marks, "event-dot").map((m) => (m.type === "circle" ? m.cy : 0));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it.each(Object.entries(timelineHighlights).filter(([s]) => s !== "all"))(
    "labels exactly the events of the state %s, and greys the others",
    (state, categories) => {
      const g = timelineChart(input, chartOptions(360, 560, state));
      const expected = input.events
        .filter((e) => categories.includes(e.category))
        .map((e) => `label-${e.id}`);
      expect(g.labels.map((l) => l.key)).toEqual(expected);
      const grey = marksOf(g.marks, "event-dot").filter((m) => m.cls.includes("is-context"));
      expect(grey).toHaveLength(input.events.length - expected.length);
    },
  );

  it("labels each thread once, at its first event, in the state all", () => {
    const g = timelineChart(input, chartOptions(360, 560, "all"));
    expect(g.labels.map((l) => l.lines.join(" "))).toEqual([
      "The coup and military rule",
      "French withdrawal",
      "Attacks",
      "Alliance of Sahel States",
      "Leaving ECOWAS",
      "US withdrawal",
    ]);
  });

  it.each([
    [300, 420],
    [360, 560],
    [700, 600],
  ])("never lets labels overlap at %d × %d", (width, height) => {
    for (const state of Object.keys(timelineHighlights)) {
      const labels = timelineChart(input, chartOptions(width, height, state)).labels;
      for (let i = 1; i < labels.length; i++) {
        const prev = labels[i - 1]!;
        expect(labels[i]!.top, `${state}: ${labels[i]!.key}`).toBeGreaterThanOrEqual(
          prev.top + prev.lines.length * 16,
        );
      }
    }
  });

  it("cuts labels to one line when they cannot all fit, rather than overlap them", () => {
    const g = timelineChart(input, chartOptions(300, 260, "withdrawals"));
    expect(g.shortened).toBe(true);
    expect(g.labels.every((l) => l.lines.length === 1)).toBe(true);
  });
});

describe("timelineChart() over a long span", () => {
  // Regression: over fourteen years the ticks fell on every anniversary of the first event
  // ("Apr 2011, Apr 2012 …"); they fall on the first of January, labelled with the year.
  const long: TimelineInput = {
    ...input,
    events: [
      { ...input.events[0]!, id: "first", date: "2011-04-02" },
      { ...input.events[1]!, id: "last", date: "2025-09-09" },
    ],
  };
  const g = timelineChart(long, chartOptions(360, 560, Object.keys(input.states)[0]!));

  it("puts its ticks on years, labelled with the year alone", () => {
    expect(g.yTicks.every((d) => d.endsWith("-01-01"))).toBe(true);
    const labels = marksOf(g.marks, "tick").map((m) => (m.type === "text" ? m.lines.join(" ") : ""));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });
});
