import { describe, expect, it } from "vitest";
import { buildFacts, getFact } from "../../../src/data/facts";
import { loadTimeline, type Timeline } from "../../../src/data/timeline";

const facts = buildFacts(loadTimeline());

describe("facts from timeline.json", () => {
  it("gives an event's date", () => {
    expect(getFact(facts, "kandadji_attack.date")).toMatchObject({ kind: "date", value: "2023-09-28" });
  });

  it("gives a figure and the parts of its breakdown", () => {
    expect(getFact(facts, "kandadji_attack.soldiers-killed").value).toBe(12);
    expect(getFact(facts, "kandadji_attack.soldiers-killed.in-combat").value).toBe(7);
    expect(getFact(facts, "kandadji_attack.soldiers-killed.road-accident-while-responding").value).toBe(5);
  });

  it("marks a claimed figure with who claims it, as timeline.json names them, and a count with null", () => {
    expect(getFact(facts, "kandadji_attack.attackers-killed-army-claim-unverified")).toMatchObject({
      value: 100,
      claim: "army",
    });
    expect(getFact(facts, "niamey_airport_attack.attackers-killed-government-claim-unverified").claim).toBe(
      "government",
    );
    expect(getFact(facts, "kandadji_attack.soldiers-killed").claim).toBeNull();
  });

  // Claims were once found by the word "claim" in a figure's label: a label in another language,
  // or a count whose label mentions a claim, was tagged wrongly. The data now says it.
  it("takes a claim from the figure's claim field, not from the words of its label", () => {
    const event = (figures: object[]) =>
      ({ events: [{ id: "e", date: "2020-01-01", sources: [], figures }] }) as unknown as Timeline;
    const f = buildFacts(
      event([
        { label: "tués (revendiqué)", value: 5, unit: "", claim: "rebels" },
        { label: "claims filed", value: 3, unit: "" },
      ]),
    );
    expect(f.get("e.tues-revendique")?.claim).toBe("rebels");
    expect(f.get("e.claims-filed")?.claim).toBeNull();
  });

  it.each([
    ["us_ab201_handover.us-soldiers-remaining-embassy", "about"],
    ["french_withdrawal_dec13_status.french-soldiers-remaining", null],
    ["koutougou_attack.soldiers-killed", "atLeast"],
    // Its note mentions RFI's "about 60": the official 29 itself has no bound.
    ["tabatol_attack.soldiers-killed", null],
    ["french_first_convoy.road-distance-of-first-convoy", "moreThan"],
  ])("qualifies %s as %s, from the figure's bound in the data, not the words of its note", (id, q) => {
    expect(getFact(facts, id).qualifier).toBe(q);
  });

  it("carries the sources of its event", () => {
    expect(getFact(facts, "kandadji_attack.soldiers-killed").sources.length).toBeGreaterThan(1);
  });

  it("fails on an unknown id and lists the facts of that event", () => {
    expect(() => getFact(facts, "kandadji_attack.soldiers")).toThrow(
      /unknown fact id "kandadji_attack\.soldiers"\. Facts of "kandadji_attack": kandadji_attack\.date, /,
    );
    expect(() => getFact(facts, "nowhere.date")).toThrow('No event "nowhere" in content/data/timeline.json');
  });
});
