import { describe, expect, it } from "vitest";
import { buildFacts } from "../../../src/data/facts";
import type { Timeline } from "../../../src/data/timeline";
import { definitionText, glossaryEntries, glossaryRefs, parseGlossary } from "../../../src/story/glossary";

const file = "content/glossary.json";

// A minimal timeline: one event with a date and a figure, one actor, one source URL.
const timeline = {
  meta: { description: "", flags: [] },
  events: [
    {
      id: "coup_2023",
      date: "2023-07-26",
      date_precision: "day",
      category: "coup",
      place_id: "niamey",
      title: "Coup",
      summary: "Soldiers seized power.",
      figures: [{ label: "soldiers killed", value: 12, unit: "people" }],
      sources: [
        {
          title: "A report",
          publisher: "An outlet",
          url: "https://example.org/report",
          title_kind: "headline",
          title_from: "page text",
        },
      ],
      confidence: "high",
      notes: "",
    },
  ],
  context_statements: [],
  actors: [{ id: "jnim", name: "JNIM", affiliation: "al-Qaeda", notes: "" }],
  aes: {
    name: "AES",
    members: [],
    note: "",
    charter_signed: "2023-09-16",
    confederation_treaty: "2024-07-06",
  },
} as unknown as Timeline;
const refs = glossaryRefs(timeline, [{ name: "UCDP", url: "https://ucdp.uu.se/downloads/" }]);

const term = (over: Record<string, unknown> = {}) => ({
  id: "coup",
  term: "Coup",
  definition: "The seizure of power by force, on {coup_2023.date}.",
  ...over,
});
const parse = (terms: unknown[]) => parseGlossary({ terms }, file, refs);

describe("parseGlossary()", () => {
  it("accepts terms whose facts, actors and sources are in the data", () => {
    const g = parse([
      term(),
      term({
        id: "jnim",
        term: "JNIM",
        actor: "jnim",
        definition: "A coalition of jihadist groups.",
        aka: ["GSIM"],
      }),
      term({
        id: "ucdp",
        term: "UCDP",
        definition: "Counts deaths in conflicts.",
        source: "https://ucdp.uu.se/downloads/",
      }),
    ]);
    expect([...g.byId.keys()]).toEqual(["coup", "jnim", "ucdp"]);
    expect(g.byId.get("coup")!.aka).toEqual([]);
  });

  it("names the file, the field and the value of a duplicate term", () => {
    expect(() => parse([term(), term({ term: "Coup d’état" })])).toThrow(
      `${file}, term "coup", field "terms[1].id": duplicate term id (first used by terms[0]) (value: "coup")`,
    );
  });

  it("names a fact token that is not in the timeline", () => {
    expect(() => parse([term({ definition: "Soldiers seized power on {coup_2024.date}." })])).toThrow(
      `${file}, term "coup", field "terms[0].definition": unknown fact`,
    );
  });

  it("refuses a figure typed into a definition (figures come from the data)", () => {
    expect(() => parse([term({ definition: "Soldiers killed 12 people in the attack." })])).toThrow(
      'field "terms[0].definition": write no figures in definitions; use a fact token such as {<event id>.date} (value: "12")',
    );
  });

  it("refuses a source URL that the data does not cite (no invented links)", () => {
    expect(() => parse([term({ source: "https://example.com/made-up" })])).toThrow(
      'field "terms[0].source": the data does not cite this URL',
    );
  });

  it("names an actor that is not in timeline.json", () => {
    expect(() => parse([term({ actor: "isis" })])).toThrow(
      `${file}, term "coup", field "terms[0].actor": no actor with this id in content/data/timeline.json (value: "isis")`,
    );
  });

  it("names a missing definition and an id with capitals", () => {
    expect(() => parse([{ id: "coup", term: "Coup" }])).toThrow(`${file}, field "terms[0].definition"`);
    expect(() => parse([term({ id: "Coup" })])).toThrow(`${file}, field "terms[0].id"`);
  });
});

describe("definitionText()", () => {
  it("writes fact tokens out with Intl in the locale", () => {
    const g = parse([term()]);
    const facts = buildFacts(timeline);
    expect(definitionText(g.byId.get("coup")!, facts, "en")).toBe(
      "The seizure of power by force, on July 26, 2023.",
    );
    expect(definitionText(g.byId.get("coup")!, facts, "fr")).toBe(
      "The seizure of power by force, on 26 juillet 2023.",
    );
  });
});

describe("glossaryEntries()", () => {
  it("sorts terms alphabetically for the locale and attaches the chapter of their first use", () => {
    const g = parse([
      term({ id: "ucdp", term: "UCDP", definition: "Counts deaths in conflicts." }),
      term({ id: "aes", term: "Alliance of Sahel States", definition: "A defence pact of three states." }),
      term(),
    ]);
    const uses = new Map([["coup", { file: "content/chapters/03-coup.mdx", line: 40 }]]);
    const entries = glossaryEntries(g, uses, () => "coup", buildFacts(timeline), "en");
    expect(entries.map((e) => e.term.id)).toEqual(["aes", "coup", "ucdp"]);
    expect(entries[1]!.firstUse).toEqual({
      chapterId: "coup",
      file: "content/chapters/03-coup.mdx",
      line: 40,
    });
    expect(entries[0]!.firstUse).toBeUndefined();
  });
});
