import { describe, expect, it } from "vitest";
import {
  chooseSize,
  packSlides,
  sizesBetween,
  slideFromAddress,
  typeSizes,
} from "../../../src/client/slideFit";

// A unit is a paragraph written as its sentences' lengths; a slide holds `room` in all.
type Para = number[];
const cutter = (room: number) => ({
  fits: (units: Para[]) => units.flat().reduce((a, b) => a + b, 0) <= room,
  split: (p: Para) => (p.length > 1 ? p.map((s) => [s]) : [p]),
});

describe("packSlides()", () => {
  it("keeps a step that fits on one slide", () => {
    expect(packSlides([[3], [4]], cutter(10))).toEqual([[[3], [4]]]);
  });

  it("moves a paragraph that fits a slide whole to the next slide, without cutting it", () => {
    expect(packSlides([[6], [3, 2]], cutter(8))).toEqual([[[6]], [[3, 2]]]);
  });

  it("cuts only a paragraph too long for any slide, and its sentences go on filling the current one", () => {
    expect(packSlides([[2], [4, 4, 4]], cutter(10))).toEqual([[[2], [4], [4]], [[4]]]);
  });

  it("gives a sentence too long for a slide a slide of its own", () => {
    expect(packSlides([[2], [12], [2]], cutter(10))).toEqual([[[2]], [[12]], [[2]]]);
  });
});

describe("chooseSize()", () => {
  // At size s a slide holds 100 / s units of text; the step has 9.
  const packAt = (size: number) => packSlides([[3], [3], [3]], cutter(100 / size));
  it("takes the largest size when the step fits at it", () => {
    expect(chooseSize([10, 8], packAt).size).toBe(10);
  });
  it("shrinks the type rather than add a slide, down to the smallest size", () => {
    // 100/12 = 8.3 holds two paragraphs; 100/11 = 9.1 holds all three.
    expect(chooseSize([14, 12, 11], packAt)).toMatchObject({ size: 11 });
  });
  it("cuts the step when even the smallest size needs two slides, at the largest size that needs no more", () => {
    const { size, slides } = chooseSize([30, 20, 16], packAt);
    expect(slides).toHaveLength(2);
    expect(size).toBe(16);
  });
});

describe("sizesBetween()", () => {
  it("counts down in steps of 2 px and ends on the minimum", () => {
    expect(sizesBetween(30.2, 24)).toEqual([30, 28, 26, 24]);
    expect(sizesBetween(24, 24)).toEqual([24]);
  });
});

describe("typeSizes()", () => {
  it.each([
    [1280, 720, 24],
    [1024, 768, 24],
    [1920, 1080, 32.4],
    [390, 844, 16],
  ])("never goes below a size readable from the back of a classroom at %i×%i (%f px)", (w, h, min) => {
    const sizes = typeSizes(w, h);
    expect(sizes.min).toBeCloseTo(min);
    expect(sizes.max).toBeGreaterThanOrEqual(sizes.min);
  });
});

describe("slideFromAddress()", () => {
  const deck = ["a", "b", "b", "c"];
  it("opens the first slide of the step in the hash", () => {
    expect(slideFromAddress(deck, null, "b")).toBe(1);
  });
  it("keeps the part of a long step when the slide number belongs to that step", () => {
    expect(slideFromAddress(deck, 3, "b")).toBe(2);
  });
  it("trusts the step over a slide number from another screen size", () => {
    expect(slideFromAddress(deck, 4, "b")).toBe(1);
  });
  it("uses the slide number alone without a step, and the first slide without either", () => {
    expect(slideFromAddress(deck, 4, null)).toBe(3);
    expect(slideFromAddress(deck, 99, "nope")).toBe(0);
  });
});
