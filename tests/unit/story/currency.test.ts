import { describe, expect, it } from "vitest";
import { currencyLine, currencyParts } from "../../../src/story/currency";

const strings = {
  "currency.factsAsOf": "Facts as of {date}",
  "currency.updated": "updated {date}",
  "currency.separator": "; ",
};

describe("currencyLine()", () => {
  it("says how current the facts are and when the page was updated", () => {
    expect(currencyLine({ factsAsOf: "2026-02-15", updated: "2026-11-30" }, strings, "en")).toBe(
      "Facts as of February 15, 2026; updated November 30, 2026",
    );
  });
  it("leaves out the update when there is none", () => {
    expect(currencyLine({ factsAsOf: "2026-02-15" }, strings, "en")).toBe("Facts as of February 15, 2026");
  });
  it("marks the dates, so the header can put them in <time> elements", () => {
    const dates = currencyParts({ factsAsOf: "2026-02-15", updated: "2026-11-30" }, strings, "en").filter(
      (p) => p.date,
    );
    expect(dates.map((p) => p.date)).toEqual(["2026-02-15", "2026-11-30"]);
  });
});
