import { describe, expect, it } from "vitest";
import {
  apa,
  apaSentenceCase,
  chicago,
  citationText,
  mla,
  titleCase,
  type CitationInput,
} from "../../../src/story/citation";

const input: CitationInput = {
  title: "Niger after the coup: the attacks, the departures and the pact",
  organisation: "Niger explainer",
  published: "2026-11-24",
  url: "https://example.org/niger/",
  accessedPlaceholder: "[date]",
  locale: "en",
  words: { accessed: "Accessed {date}", lastModified: "last modified {date}" },
  titleCase: true,
};

describe("citations of the story", () => {
  it("APA 7: group author, date, italic title in sentence case, URL; no retrieval date", () => {
    const segments = apa(input);
    expect(citationText(segments)).toBe(
      "Niger explainer. (2026, November 24). Niger after the coup: The attacks, the departures and the pact. https://example.org/niger/",
    );
    expect(segments.filter((s) => s.italic).map((s) => s.text)).toEqual([
      "Niger after the coup: The attacks, the departures and the pact",
    ]);
  });

  it("MLA 9: title in quotes and title case, site in italics, day month year, URL without scheme, access date left to the reader", () => {
    const segments = mla(input);
    expect(citationText(segments)).toBe(
      "“Niger after the Coup: The Attacks, the Departures and the Pact.” Niger explainer, 24 Nov. 2026, example.org/niger/. Accessed [date].",
    );
    expect(segments.filter((s) => s.italic).map((s) => s.text)).toEqual(["Niger explainer"]);
  });

  it("Chicago 17: organisation as author, title in quotes, date of a dated page, no access date", () => {
    expect(citationText(chicago(input))).toBe(
      "Niger explainer. “Niger after the Coup: The Attacks, the Departures and the Pact.” Niger explainer, November 24, 2026. https://example.org/niger/.",
    );
  });

  it("uses the update date when the story has one (Chicago says 'last modified')", () => {
    const updated = { ...input, updated: "2027-01-05" };
    expect(citationText(apa(updated))).toContain("(2027, January 5)");
    expect(citationText(mla(updated))).toContain(", 5 Jan. 2027, ");
    expect(citationText(chicago(updated))).toContain(", last modified January 5, 2027. ");
  });

  it("abbreviates months as MLA does: Sept. and June are not Sep. and Jun.", () => {
    expect(citationText(mla({ ...input, published: "2026-09-03" }))).toContain(", 3 Sept. 2026, ");
    expect(citationText(mla({ ...input, published: "2026-06-03" }))).toContain(", 3 June 2026, ");
  });
});

describe("titleCase() and apaSentenceCase()", () => {
  it.each([
    ["the fall of a city", "The Fall of a City"],
    ["war in the Sahel: what comes next", "War in the Sahel: What Comes Next"],
    ["a pact of three military governments", "A Pact of Three Military Governments"],
    ["what it is for", "What It Is For"],
  ])("titleCase(%j) = %j", (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });
  it("capitalises the first word after a colon in APA's sentence case", () => {
    expect(apaSentenceCase("niger after the coup: the attacks")).toBe("Niger after the coup: The attacks");
  });
});

describe("citations in another edition", () => {
  const fr: CitationInput = {
    ...input,
    updated: "2026-09-28",
    locale: "fr",
    words: { accessed: "Consulté le {date}", lastModified: "dernière modification le {date}" },
    titleCase: false,
    title: "Le Niger après le coup d’État : les attaques",
  };
  it("write the months with Intl in the edition's locale (no en-US left)", () => {
    expect(citationText(apa(fr))).toContain("(2026, septembre 28)");
    // MLA keeps the locale's own abbreviation where it has a period (sept.).
    expect(citationText(mla(fr))).toContain(", 28 sept. 2026, example.org/niger/. Consulté le [date].");
    // Sentence case kept: French titles do not capitalise every word.
    expect(citationText(mla(fr))).toContain("“Le Niger après le coup d’État : les attaques.”");
    // Chicago: the locale's long date, and its words for "last modified".
    expect(citationText(chicago(fr))).toContain(", dernière modification le 28 septembre 2026. ");
  });
});
