import { describe, expect, it } from "vitest";
import { chapterCharts, chapterDataPath, chartDataAnchor } from "../../../src/story/chapterData";
import type { StepData } from "../../../src/story/chapterSchema";

const step = (id: string, chart?: [string, string]): StepData =>
  ({
    id,
    alt: "A description.",
    ...(chart ? { chart: { id: chart[0], state: chart[1] } } : { map: {} }),
  }) as StepData;

describe("chapterCharts()", () => {
  it("lists each chart once, in the state of its first step, in order of appearance", () => {
    expect(
      chapterCharts([
        step("a"),
        step("b", ["deaths", "recent"]),
        step("c", ["deaths", "all"]),
        step("d", ["toll", "claim"]),
      ]),
    ).toEqual([
      { id: "deaths", state: "recent" },
      { id: "toll", state: "claim" },
    ]);
  });

  it("is empty for a chapter of maps", () => {
    expect(chapterCharts([step("a"), step("b")])).toEqual([]);
  });
});

describe("chapterDataPath() and chartDataAnchor()", () => {
  it("put a chapter's data at /data/<chapter>/, each chart under #chart-<id>", () => {
    expect(chapterDataPath("the-coup")).toBe("data/the-coup/");
    expect(chartDataAnchor("deaths")).toBe("chart-deaths");
  });
});
