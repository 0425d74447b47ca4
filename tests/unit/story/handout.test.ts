import { describe, expect, it } from "vitest";
import { makeChapterSchema } from "../../../src/story/chapterSchema";
import { chapterHandout } from "../../../src/story/handout";
import { validate } from "../../../src/data/validate";

const schema = makeChapterSchema({
  layerIds: new Set(),
  placeIds: new Set(["a-town"]),
  regionIds: new Set(),
  countryIds: new Set(),
});
const mapStep = (id: string) => ({
  id,
  map: { frame: { places: ["a-town"] }, places: ["a-town"], layers: [] },
  alt: "Map of a country with a town marked near its capital.",
});
const chapter = (extra: object = {}) => ({
  title: "A chapter",
  summary: "Something happened in a town, and then something else.",
  steps: [mapStep("first-view"), mapStep("second-view")],
  ...extra,
});
const check = (data: unknown) => validate(schema, data, { file: "content/chapters/01-a.mdx" });
const summary = "A summary written for paper, in one full sentence.";

describe("a chapter's handout", () => {
  it("uses the handout summary and the key graphics in the order given", () => {
    const data = check(chapter({ handout: { summary, graphics: ["second-view", "first-view"] } }));
    const handout = chapterHandout(data);
    expect(handout.summary).toBe(summary);
    expect(handout.graphics.map((s) => s.id)).toEqual(["second-view", "first-view"]);
  });

  it("falls back to the chapter's summary and first step when the frontmatter has no handout", () => {
    const handout = chapterHandout(check(chapter()));
    expect(handout.summary).toBe("Something happened in a town, and then something else.");
    expect(handout.graphics.map((s) => s.id)).toEqual(["first-view"]);
  });

  it("stops the build on a key graphic that is not a step of the chapter, naming the field and the value", () => {
    expect(() => check(chapter({ handout: { summary, graphics: ["third-view"] } }))).toThrow(
      /field "handout\.graphics\[0\]".*handout graphic "third-view" is not a step of this chapter/s,
    );
  });

  it("allows at most two key graphics", () => {
    expect(() =>
      check(chapter({ handout: { summary, graphics: ["first-view", "second-view", "first-view"] } })),
    ).toThrow(/at most two key graphics/);
  });
});
