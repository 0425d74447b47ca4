import { describe, expect, it } from "vitest";
import { makeChapterSchema } from "../../../src/story/chapterSchema";
import { validate } from "../../../src/data/validate";

const schema = makeChapterSchema({
  layerIds: new Set(["attacks", "river"]),
  placeIds: new Set(["niamey", "kandadji"]),
  regionIds: new Set(["tillaberi"]),
  countryIds: new Set(["NER", "MLI"]),
  chartStates: new Map([["monthly-deaths", ["all", "since-2022"]]]),
});

const goodStep = {
  id: "kandadji-attack",
  map: { frame: { places: ["kandadji", "niamey"] }, places: ["kandadji"], layers: ["attacks", "river"] },
  alt: "Map of western Niger with Kandadji marked north-west of Niamey.",
};
const chapter = (steps: unknown[], extra: object = {}) => ({
  title: "An attack at Kandadji",
  summary: "Hundreds of fighters on motorbikes attacked soldiers.",
  steps,
  ...extra,
});
const check = (data: unknown) => validate(schema, data, { file: "content/chapters/01-kandadji.mdx" });

describe("the chapter schema", () => {
  it("accepts a valid chapter and fills defaults", () => {
    const out = check(chapter([goodStep]));
    expect(out.steps[0]!.map!.highlight).toEqual({ regions: [], countries: [] });
    expect(out.steps[0]!.map!.frame.regions).toEqual([]);
  });

  it.each([
    [
      "an unknown place id",
      { ...goodStep, map: { ...goodStep.map, places: ["nimey"] } },
      'content/chapters/01-kandadji.mdx, field "steps[0].map.places[0]": step "kandadji-attack": unknown place id "nimey"',
      '(value: "nimey")',
    ],
    [
      "an unknown layer id",
      { ...goodStep, map: { ...goodStep.map, layers: ["atacks"] } },
      'field "steps[0].map.layers[0]": step "kandadji-attack": unknown layer id "atacks"',
      '(value: "atacks")',
    ],
    [
      "an unknown region in the frame",
      { ...goodStep, map: { ...goodStep.map, frame: { regions: ["tilaberi"] } } },
      'field "steps[0].map.frame.regions[0]": step "kandadji-attack": unknown region id "tilaberi"',
      '(value: "tilaberi")',
    ],
    [
      "an unknown country to highlight",
      { ...goodStep, map: { ...goodStep.map, highlight: { countries: ["BFO"] } } },
      'field "steps[0].map.highlight.countries[0]": step "kandadji-attack": unknown country code "BFO"',
      '(value: "BFO")',
    ],
    [
      "an unknown chart id",
      {
        id: "deaths",
        chart: { id: "monthly-deths", state: "all" },
        alt: "Chart of deaths per month in Niger.",
      },
      'field "steps[0].chart.id": step "deaths": unknown chart id "monthly-deths"',
      '(value: "monthly-deths")',
    ],
    [
      "an unknown chart state",
      {
        id: "deaths",
        chart: { id: "monthly-deaths", state: "zoomed" },
        alt: "Chart of deaths per month in Niger.",
      },
      'field "steps[0].chart.state": step "deaths": unknown state "zoomed" for chart "monthly-deaths"',
      '(value: "zoomed")',
    ],
    [
      "a malformed camera (bounds with west east of east)",
      {
        ...goodStep,
        map: {
          ...goodStep.map,
          frame: {
            bounds: [
              [10, 11],
              [2, 15],
            ],
          },
        },
      },
      'field "steps[0].map.frame.bounds": bounds must be [[west, south], [east, north]]',
      "(value: [[10,11],[2,15]])",
    ],
    [
      "a latitude out of range in the camera",
      {
        ...goodStep,
        map: {
          ...goodStep.map,
          frame: {
            bounds: [
              [0, 11],
              [2, 95],
            ],
          },
        },
      },
      'field "steps[0].map.frame.bounds[1][1]": latitude must be ≤ 90',
      "(value: 95)",
    ],
    [
      "an empty frame",
      { ...goodStep, map: { ...goodStep.map, frame: {} } },
      'field "steps[0].map.frame": frame needs at least one place, region, country or bounds',
      "",
    ],
    [
      "a step with both a map and a chart",
      { ...goodStep, chart: { id: "monthly-deaths", state: "all" } },
      'field "steps[0]": a step shows exactly one graphic',
      "",
    ],
    [
      "a step without alt text",
      { id: goodStep.id, map: goodStep.map },
      'field "steps[0].alt"',
      "(value: (missing))",
    ],
    [
      "a step id with capitals",
      { ...goodStep, id: "Kandadji" },
      'field "steps[0].id": step id must be lowercase words joined by hyphens',
      '(value: "Kandadji")',
    ],
    [
      "a misspelt field",
      { ...goodStep, map: { ...goodStep.map, layer: ["attacks"] } },
      'field "steps[0].map"',
      "",
    ],
  ])("rejects %s with the file, the step and the value", (_, step, message, value) => {
    let error: Error | undefined;
    try {
      check(chapter([step]));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain(message);
    expect(error?.message).toContain(value);
    expect(error?.message.startsWith("content/chapters/01-kandadji.mdx")).toBe(true);
  });

  it("rejects a chapter without steps", () => {
    expect(() => check(chapter([]))).toThrow('field "steps": a chapter needs at least one step');
  });

  it("rejects a missing title", () => {
    expect(() => check({ summary: "A summary long enough to pass.", steps: [goodStep] })).toThrow(
      'field "title"',
    );
  });
});
