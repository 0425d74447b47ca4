import { describe, expect, it } from "vitest";
import { nextSlide, presentAction } from "../../../src/client/presentKeys";

describe("presentAction()", () => {
  it.each([
    ["ArrowRight", false, "next"],
    ["ArrowDown", false, "next"],
    ["PageDown", false, "next"],
    [" ", false, "next"],
    [" ", true, "prev"],
    ["ArrowLeft", false, "prev"],
    ["ArrowUp", false, "prev"],
    ["PageUp", false, "prev"],
    ["Home", false, "first"],
    ["End", false, "last"],
    ["Escape", false, "exit"],
    ["f", false, "fullscreen"],
    ["n", false, "notes"],
    ["N", false, "notes"],
    ["b", false, "blank"],
    ["B", false, "blank"],
    [".", false, "blank"],
    ["p", false, "presenter"],
    ["a", false, null],
    ["Tab", false, null],
  ] as const)("maps %j (shift: %s) to %s", (key, shift, action) => {
    expect(presentAction(key, shift)).toBe(action);
  });
});

describe("nextSlide()", () => {
  it.each([
    [0, "next", 5, 1],
    [4, "next", 5, 4],
    [0, "prev", 5, 0],
    [3, "prev", 5, 2],
    [3, "first", 5, 0],
    [1, "last", 5, 4],
    [0, "next", 0, 0],
  ] as const)("from slide %i, %s in a deck of %i gives %i", (from, action, total, to) => {
    expect(nextSlide(from, action, total)).toBe(to);
  });
});
