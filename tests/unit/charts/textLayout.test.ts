import { describe, expect, it } from "vitest";
import { fitAxisLabel } from "../../../src/charts/fitAxisLabel";
import { textWidth } from "../../../src/charts/textWidth";
import { wrapText } from "../../../src/charts/wrapText";

describe("textWidth()", () => {
  it.each([
    ["", 14, 0],
    ["iiii", 10, textWidth("i", 10) * 4],
  ])("measures %j at %d px as the sum of its characters", (text, size, expected) => {
    expect(textWidth(text, size)).toBeCloseTo(expected, 6);
  });

  it("makes wide letters wider than narrow ones, and bold wider than regular", () => {
    expect(textWidth("MMMM", 13)).toBeGreaterThan(textWidth("iiii", 13) * 3);
    expect(textWidth("about 1,000", 14, true)).toBeGreaterThan(textWidth("about 1,000", 14));
  });
});

describe("wrapText()", () => {
  const w = (s: string) => textWidth(s, 13);
  it.each([
    ["keeps a line that fits", "one two three", w("one two three"), ["one two three"]],
    ["breaks at spaces only", "one two three", w("one two"), ["one two", "three"]],
    ["keeps a word longer than the line whole", "unbreakable", w("unb"), ["unbreakable"]],
    ["collapses runs of spaces", "  a   b  ", 500, ["a b"]],
  ])("%s", (_, text, width, expected) => {
    expect(wrapText(text, width, 13)).toEqual(expected);
  });

  it("cuts to maxLines and ends the last kept line with an ellipsis", () => {
    expect(wrapText("one two three four", w("one two"), 13, { maxLines: 1 })).toEqual(["one…"]);
  });

  it("never returns a line wider than asked when the words allow it", () => {
    const text = "Junta orders French ambassador Sylvain Itté to leave within 48 hours";
    for (const width of [120, 200, 280]) {
      for (const line of wrapText(text, width, 13)) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
    }
  });
});

describe("fitAxisLabel()", () => {
  const half = textWidth("2024", 13) / 2;
  it.each([
    ["centres a label with room on both sides", 100, { x: 100, anchor: "middle" }],
    ["sets a label flush right at the right edge", 200 - half + 1, { x: 200, anchor: "end" }],
    ["sets a label flush left at the left edge", half - 1, { x: 0, anchor: "start" }],
  ])("%s", (_, x, expected) => {
    expect(fitAxisLabel(x, ["2024"], 13, 200)).toEqual(expected);
  });
});
