import { describe, expect, it } from "vitest";
import { buildFacts } from "../../../src/data/facts";
import type { Timeline, TimelineEvent } from "../../../src/data/timeline";
import { eventChapters, eventsByYear, timelineFigures } from "../../../src/story/timelineEntries";

const event = (id: string, date: string, figures: TimelineEvent["figures"] = []) =>
  ({ id, date, figures, sources: [], title: id }) as unknown as TimelineEvent;

describe("eventsByYear()", () => {
  it("sorts events by date and groups them by year", () => {
    const years = eventsByYear([
      event("c", "2024-01-28"),
      event("a", "2023-07-26"),
      event("b", "2023-09-28"),
    ]);
    expect(years.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      ["2023", ["a", "b"]],
      ["2024", ["c"]],
    ]);
  });
});

describe("timelineFigures()", () => {
  it("labels the army's claim apart, keeps the source's note and the parts of a toll", () => {
    const e = event("kandadji_attack", "2023-09-28", [
      {
        label: "soldiers killed",
        value: 12,
        unit: "people",
        qualifier: "official provisional",
        breakdown: { "in combat": 7, "road accident while responding": 5 },
      },
      {
        label: "attackers killed (army claim, unverified)",
        claim: "army",
        value: 100,
        unit: "people",
        bound: "about",
        qualifier: "'around a hundred'",
      },
    ]);
    const facts = buildFacts({ events: [e] } as unknown as Timeline);
    const [killed, claim] = timelineFigures(e, facts);
    expect(killed!.label).toBe("soldiers killed");
    expect(killed!.fact.claim).toBeNull();
    expect(killed!.note).toBe("official provisional");
    expect(killed!.parts).toEqual([
      { label: "in combat", value: 7 },
      { label: "road accident while responding", value: 5 },
    ]);
    expect(claim!.label).toBe("attackers killed");
    expect(claim!.fact.claim).toBe("army");
    expect(claim!.fact.qualifier).toBe("about");
  });

  it("keeps the bracketed note of a figure that is not a claim", () => {
    const e = event("e", "2020-01-01", [
      { label: "attackers arrested (government)", value: 11, unit: "people" },
    ]);
    const [arrested] = timelineFigures(e, buildFacts({ events: [e] } as unknown as Timeline));
    expect(arrested!.label).toBe("attackers arrested (government)");
  });
});

describe("eventChapters()", () => {
  it("finds the first chapter that cites each event by <Fact> or <FactCheck event>", () => {
    const map = eventChapters([
      {
        chapterId: "kandadji",
        text: '<Fact id="coup_2023.date" /> <FactCheck said="x" event="kandadji_attack">',
      },
      { chapterId: "coup", text: '<Fact id="coup_2023.date" /> <Fact id="tchiani_head_of_state.date" />' },
    ]);
    expect(Object.fromEntries(map)).toEqual({
      coup_2023: "kandadji",
      kandadji_attack: "kandadji",
      tchiani_head_of_state: "coup",
    });
  });
});
