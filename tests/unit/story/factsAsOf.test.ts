import { describe, expect, it } from "vitest";
import { checkFactsAsOf, eventsUpTo } from "../../../src/story/factsAsOf";

const ev = (id: string, date: string, urls = ["https://example.org/a"], confidence = "high") => ({
  id,
  date,
  urls,
  confidence,
});

describe("eventsUpTo()", () => {
  it("keeps events on or before the facts-as-of date and drops later ones", () => {
    const events = [ev("a", "2025-06-19"), ev("b", "2026-02-15"), ev("c", "2026-02-16")];
    expect(eventsUpTo(events, "2026-02-15").map((e) => e.id)).toEqual(["a", "b"]);
  });
  it("keeps the input order", () => {
    const events = [ev("late", "2025-01-02"), ev("early", "2024-01-01")];
    expect(eventsUpTo(events, "2030-01-01").map((e) => e.id)).toEqual(["late", "early"]);
  });
});

describe("checkFactsAsOf()", () => {
  it("accepts sourced, rated events up to the date", () => {
    expect(() =>
      checkFactsAsOf("content/data/timeline.json", [ev("a", "2026-02-15")], "2026-02-15"),
    ).not.toThrow();
  });
  it("stops on an event dated after factsAsOf, naming the file, the event and the date", () => {
    expect(() =>
      checkFactsAsOf("content/data/timeline.json", [ev("new_attack", "2026-03-01")], "2026-02-15"),
    ).toThrow(/content\/data\/timeline\.json.*new_attack.*2026-03-01/s);
  });
  it("stops on an event without a source address", () => {
    expect(() =>
      checkFactsAsOf("content/data/attacks.csv", [ev("x", "2025-01-01", [""])], "2026-02-15"),
    ).toThrow(/attacks\.csv.*"x".*source address/s);
  });
  it("stops on an event without a confidence", () => {
    expect(() =>
      checkFactsAsOf("content/data/timeline.json", [ev("x", "2025-01-01", undefined, " ")], "2026-02-15"),
    ).toThrow(/"x".*confidence/s);
  });
});
