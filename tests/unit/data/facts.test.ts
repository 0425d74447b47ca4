import { describe, expect, it } from "vitest";
import { buildFacts, getFact } from "../../../src/data/facts";
import { loadTimeline } from "../../../src/data/timeline";

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

  it("marks the army's claim as a claim", () => {
    expect(getFact(facts, "kandadji_attack.attackers-killed-army-claim-unverified")).toMatchObject({
      value: 100,
      claim: true,
    });
    expect(getFact(facts, "kandadji_attack.soldiers-killed").claim).toBe(false);
  });

  it.each([
    ["us_ab201_handover.us-soldiers-remaining-embassy", "about"],
    ["french_withdrawal_dec13_status.french-soldiers-remaining", null],
    ["koutougou_attack.soldiers-killed", "atLeast"],
    // Its qualifier mentions RFI's "about 60": the official 29 itself is not approximate.
    ["tabatol_attack.soldiers-killed", null],
    ["french_first_convoy.road-distance-of-first-convoy", "moreThan"],
  ])("qualifies %s as %s, from the start of its own qualifier", (id, q) => {
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
