import { describe, expect, it } from "vitest";
import { makeChapterSchema } from "../../../src/story/chapterSchema";
import { validate } from "../../../src/data/validate";

// The two optional map-step fields of issue 3: `route.progress` and `eventYears`.
const schema = makeChapterSchema({
  layerIds: new Set(["french-withdrawal"]),
  placeIds: new Set(["ouallam", "ndjamena"]),
  regionIds: new Set(["tillaberi"]),
  countryIds: new Set(["NER"]),
});
const step = (map: object) => ({
  title: "France leaves",
  summary: "The junta tore up Niger's agreements with France.",
  steps: [
    {
      id: "first-convoy",
      map: { frame: { places: ["ouallam", "ndjamena"] }, layers: ["french-withdrawal"], ...map },
      alt: "Map of the schematic route from Ouallam to N'Djamena.",
    },
  ],
});
const check = (data: unknown) => validate(schema, data, { file: "content/chapters/04-france-leaves.mdx" });

describe("the step fields for the live map", () => {
  it("leaves both out of steps that do not give them (older chapters still validate)", () => {
    const map = check(step({})).steps[0]!.map!;
    expect(map.route).toBeUndefined();
    expect(map.eventYears).toBeUndefined();
  });

  it("accepts a route progress between 0 and 1 and a range of years", () => {
    const map = check(step({ route: { progress: 0.4 }, eventYears: [2023, 2024] })).steps[0]!.map!;
    expect(map.route).toEqual({ progress: 0.4 });
    expect(map.eventYears).toEqual([2023, 2024]);
  });

  it("reads a day given as YAML reads an unquoted date (a Date) as the same calendar day", () => {
    const map = check(step({ incidentsUntil: new Date("2023-10-02T00:00:00Z") })).steps[0]!.map!;
    expect(map.incidentsUntil).toBe("2023-10-02");
    expect(check(step({ incidentsUntil: "2023-10-02" })).steps[0]!.map!.incidentsUntil).toBe("2023-10-02");
  });

  it.each([
    [
      { route: { progress: 1.5 } },
      /steps\[0\]\.map\.route\.progress.*route progress must be between 0 and 1/,
    ],
    [{ route: { progress: 0.5, speed: 2 } }, /steps\[0\]\.map\.route/],
    [{ eventYears: [2024, 2023] }, /eventYears must be \[first, last\] with first ≤ last/],
    [{ eventYears: [1980, 2023] }, /event data start in 1989/],
    [{ eventYears: [2023.5, 2024] }, /a year must be a whole number/],
    [
      { incidentsUntil: "2023-13-01" },
      /steps\[0\]\.map\.incidentsUntil.*incidentsUntil must be a date, YYYY-MM-DD/,
    ],
    [{ incidentsUntil: "Oct 2023" }, /incidentsUntil must be a date, YYYY-MM-DD/],
  ])("rejects %j, naming the file and the field", (map, message) => {
    expect(() => check(step(map))).toThrow(message);
    expect(() => check(step(map))).toThrow(/^content\/chapters\/04-france-leaves\.mdx/);
  });
});
