import { describe, expect, it } from "vitest";
import { checkStepsInBody, checkUniqueStepIds } from "../../../src/story/stepsInBody";
import { chapterIdFromFile, chapterOrderFromFile } from "../../../src/story/chapterFile";
import { countWords } from "../../../src/story/countWords";
import { readingMinutes } from "../../../src/story/readingTime";

const f = "content/chapters/01-a.mdx";

describe("checkStepsInBody()", () => {
  it("returns the step ids in body order when body and frontmatter agree", () => {
    expect(checkStepsInBody(f, ["a", "b"], '<Step id="a">x</Step>\n<Step id="b">y</Step>')).toEqual([
      "a",
      "b",
    ]);
  });
  it("names a declared step with no text", () => {
    expect(() => checkStepsInBody(f, ["a", "b"], '<Step id="a">x</Step>')).toThrow(
      `${f}: step "b" is declared in the frontmatter but has no <Step id="b"> in the text`,
    );
  });
  it("names a <Step> in the text that is not declared", () => {
    expect(() => checkStepsInBody(f, ["a"], '<Step id="a">x</Step><Step id="z">y</Step>')).toThrow(
      '<Step id="z"> in the text is not declared',
    );
  });
  it("names steps in a different order", () => {
    expect(() => checkStepsInBody(f, ["a", "b"], '<Step id="b"></Step><Step id="a"></Step>')).toThrow(
      "are in the order b, a but the frontmatter lists a, b",
    );
  });
});

describe("checkUniqueStepIds()", () => {
  it("names both files when a step id is used twice", () => {
    expect(() =>
      checkUniqueStepIds([
        { file: "01-a.mdx", steps: [{ id: "x" }] },
        { file: "02-b.mdx", steps: [{ id: "x" }] },
      ]),
    ).toThrow('02-b.mdx: step id "x" is already used in 01-a.mdx');
  });
});

describe("chapter files", () => {
  it("take their id and order from NN-slug.mdx", () => {
    expect(chapterIdFromFile("03-france-leaves.mdx")).toBe("france-leaves");
    expect(chapterOrderFromFile("03-france-leaves.mdx")).toBe(3);
  });
  it.each(["3-france.mdx", "03_France.mdx", "03-france.md"])("reject the name %s", (name) => {
    expect(() => chapterIdFromFile(name)).toThrow(
      `content/chapters/${name}: a chapter file must be named NN-slug.mdx`,
    );
  });
});

describe("reading time", () => {
  it("counts words, not tags", () => {
    expect(countWords('<Step id="a">\nSeven soldiers were <Fact id="x.y" /> killed.\n</Step>')).toBe(4);
  });
  it("rounds up to whole minutes, at least one", () => {
    expect([0, 1, 230, 231, 2300].map(readingMinutes)).toEqual([1, 1, 1, 2, 10]);
  });
});
