import { describe, expect, it } from "vitest";
import { activeStepIndex } from "../../../src/client/activeStep";

describe("activeStepIndex()", () => {
  it.each([
    ["before the first step reaches the line: the first step", [700, 1500, 2300], 500, 0],
    ["the first step at the line", [500, 1300], 500, 0],
    ["the second step past the line", [-300, 400, 1200], 500, 1],
    ["the last step past the line", [-2000, -1200, -400], 500, 2],
    ["a single step", [100], 500, 0],
  ])("gives %s", (_, tops, line, expected) => {
    expect(activeStepIndex(tops, line)).toBe(expected);
  });

  it("depends only on the layout, not on the order steps were seen", () => {
    const layout = [-900, -100, 650];
    expect(activeStepIndex(layout, 480)).toBe(activeStepIndex([...layout], 480));
    expect(activeStepIndex(layout, 480)).toBe(1);
  });
});
