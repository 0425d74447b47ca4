import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import type { ChartData, ChartSpec } from "../../../src/charts/chartKind";
import type { MonthlySeriesGeometry } from "../../../src/charts/kinds/monthlySeries";
import { chartKind, chartKinds } from "../../../src/charts/registry";

// The chart kinds on small fixture data, not the story's: a made-up event, three attacks, two
// forces, a few months and years. Strings echo their keys, so words and tables run without
// content/i18n and any key a kind asks for is accepted.
const strings = new Proxy({} as Record<string, string>, { get: (_, key) => String(key) });

const source = {
  title: "T",
  publisher: "Wire",
  url: "https://example.org/a",
  title_kind: "headline" as const,
  title_from: "page text",
};
const event = (id: string, date: string, category: string, figures: object[] = []) =>
  ({
    id,
    date,
    date_precision: "day",
    category,
    place_id: null,
    title: `Title of ${id}`,
    summary: "Summary.",
    figures,
    sources: [source, { ...source, publisher: "Paper" }],
    confidence: "high",
    notes: "",
  }) as never;
const attack = (id: string, date: string, soldiers: number | null) =>
  ({
    event_id: id,
    date,
    name: `Attack ${id}`,
    region: "North",
    soldiers_killed_official: soldiers,
    wounded_official: null,
    attackers_killed_claimed: null,
    sources: ["https://www.example.org/report"],
  }) as never;
const troop = (force: string, date: string, troops: number, location: string, approx = true) =>
  ({
    force,
    date,
    troops,
    qualifier: approx ? "about" : "exact",
    location,
    description: "",
    source: "Wire",
    url: "https://example.org/t",
    approx,
  }) as never;
const month = (m: string, sb: number, os: number | null, ns: number | null) =>
  ({ month: m, ged_sb: sb, ged_os: os, ged_ns: ns, notes: null }) as never;

const data: ChartData = {
  events: [
    event("start", "2020-03-10", "turn"),
    event("raid", "2020-04-02", "raid", [
      { label: "people killed", value: 5, unit: "people", breakdown: { "by fire": 3, "in a crash": 2 } },
      {
        label: "fighters killed (claim)",
        claim: "rebels",
        value: 30,
        unit: "people",
        bound: "about",
        qualifier: "about",
      },
    ]),
    event("later", "2020-05-20", "raid"),
    event("talks", "2020-06-01", "talks"),
  ],
  attacks: [
    attack("early", "2020-01-01", 9),
    attack("raid", "2020-04-02", 5),
    attack("later", "2020-05-20", null),
  ],
  troops: [
    troop("Red", "2020-01-01", 500, "Land (total)"),
    troop("Red", "2020-04-01", 200, "Land (total)"),
    troop("Red", "2020-04-01", 150, "One base"),
    troop("Blue", "2020-05-01", 80, "Last base, the remaining troops"),
    troop("Blue", "2020-06-01", 0, "Land", false),
  ],
  months: [
    month("2020-01", 1, 2, null),
    month("2020-02", 3, 0, 1),
    month("2020-03", 5, 1, 0),
    month("2020-04", 8, 2, 4),
  ],
  yearly: () => [
    { year: 2019, value: 10, version: "v1" },
    { year: 2020, value: 25, version: "v1" },
  ],
};

const spec = (id: string, kind: string, fields: object, states: object): ChartSpec =>
  ({ id, kind, file: "fixture/charts.json", licence: "facts", height: 300, ...fields, states }) as ChartSpec;

const specs: ChartSpec[] = [
  spec(
    "toll",
    "event-toll",
    { event: "raid", toll: "People killed", claim: "fighters killed (claim)" },
    {
      count: { claim: false },
      both: { claim: true },
    },
  ),
  spec(
    "months",
    "monthly-series",
    { from: "2020-02", marker: "start", series: ["sb", "ns"] },
    {
      all: { compare: false },
      late: { from: "2020-03", compare: false },
      around: { compare: true },
    },
  ),
  spec("years", "yearly-series", { marker: "raid", table: "years.csv", value: "v" }, { only: {} }),
  spec("raids", "ranked-events", { since: "start", toll: "people killed" }, { only: {} }),
  spec(
    "troops",
    "troop-levels",
    {
      since: "start",
      forces: { red: "Red", blue: "Blue" },
      totals: { location: "^Land\\b", text: "\\bremaining\\b" },
    },
    { red: { focus: ["red"], context: [] }, blue: { focus: ["blue"], context: ["red"] } },
  ),
  spec(
    "line",
    "timeline",
    { threads: ["turn", "raid"] },
    {
      raids: { highlight: ["raid"], label: "events" },
      threads: { highlight: ["turn", "raid"], label: "threads" },
    },
  ),
];

describe("the chart kinds' registry", () => {
  it("gives every kind a schema, an input builder, a layout, words and a table", () => {
    for (const [name, kind] of Object.entries(chartKinds)) {
      const { selection, state } = kind.schema(z);
      expect(typeof selection, name).toBe("object");
      expect(typeof state, name).toBe("object");
      for (const f of [kind.input, kind.layout, kind.words, kind.table])
        expect(typeof f, name).toBe("function");
    }
  });

  it("names the known kinds when one is unknown", () => {
    expect(() => chartKind("pie")).toThrow(/unknown chart kind "pie" \(known: event-toll, monthly-series/);
  });
});

describe.each(specs.map((s) => [s.kind, s] as const))("a %s chart on fixture data", (_, s) => {
  const kind = chartKind(s.kind);
  const input = kind.input(s, data);

  it("keeps its id and its states in its input (the browser draws from the input alone)", () => {
    expect(input.id).toBe(s.id);
    expect(Object.keys(input.states)).toEqual(Object.keys(s.states));
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
  });

  it("draws every state, the same marks in each (so states animate into each other)", () => {
    const keys = Object.keys(s.states).map((state) =>
      kind
        .layout(input, { width: 400, height: 300, state, locale: "en", strings })
        .marks.filter((m) => !/^(ytick|grid|xtick|xlabel)-/.test(m.key))
        .map((m) => m.key)
        .sort(),
    );
    expect(keys[0]!.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it("describes every state and gives its data as a table of full rows", () => {
    const words = kind.words(input, { strings, locale: "en" });
    expect(Object.keys(words.descriptions)).toEqual(Object.keys(s.states));
    const table = kind.table(input, { strings, locale: "en" });
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it("has no words of its own: without the chart's strings it stops, naming the missing key", () => {
    expect(() => kind.words(input, { strings: {}, locale: "en" })).toThrow(
      new RegExp(`^content/i18n: no string "chart\\.(${s.id}|common)\\.`),
    );
  });

  it("stops on a state it does not have, naming the chart and its states", () => {
    expect(() =>
      kind.layout(input, { width: 400, height: 300, state: "nope", locale: "en", strings }),
    ).toThrow(`chart "${s.id}": unknown state "nope" (known: ${Object.keys(s.states).join(", ")})`);
  });
});

describe("the input builders", () => {
  const inputOf = (id: string) => {
    const s = specs.find((x) => x.id === id)!;
    return chartKind(s.kind).input(s, data) as unknown as Record<string, unknown>;
  };

  it("event-toll: takes the toll and its breakdown by the figure's label, and the claim as approximate", () => {
    expect(inputOf("toll")).toMatchObject({
      eventId: "raid",
      total: 5,
      parts: [
        { key: "by-fire", value: 3 },
        { key: "in-a-crash", value: 2 },
      ],
      claim: { value: 30, approx: true },
      publishers: ["Wire", "Paper"],
    });
  });

  it("monthly-series: starts at the chart's first month and marks the event's date", () => {
    const input = inputOf("months") as { months: { month: string }[]; markerDate: string };
    expect(input.months.map((m) => m.month)).toEqual(["2020-02", "2020-03", "2020-04"]);
    expect(input.markerDate).toBe("2020-03-10");
  });

  it("monthly-series: draws one panel per series the chart names, in its order", () => {
    const s = specs.find((x) => x.id === "months")!;
    const kind = chartKind(s.kind);
    const g = kind.layout(kind.input(s, data), {
      width: 400,
      height: 300,
      state: "all",
      locale: "en",
      strings,
    });
    expect((g as MonthlySeriesGeometry).panels.map((p) => p.type)).toEqual(["sb", "ns"]);
  });

  it("yearly-series: marks the year of the event", () => {
    expect(inputOf("years")).toMatchObject({ markerYear: 2020, version: "v1" });
  });

  it("ranked-events: keeps the attacks with a toll since the event, with the toll's breakdown", () => {
    expect(inputOf("raids").attacks).toMatchObject([
      { id: "raid", soldiers: 5, parts: [{ key: "by-fire" }, { key: "in-a-crash" }] },
    ]);
  });

  it("troop-levels: keeps each force's country-wide figures since the event, in the order of `forces`", () => {
    const series = inputOf("troops").series as { force: string; points: { date: string }[] }[];
    expect(series.map((x) => [x.force, x.points.map((p) => p.date)])).toEqual([
      ["red", ["2020-04-01"]],
      ["blue", ["2020-05-01", "2020-06-01"]],
    ]);
  });

  it("timeline: keeps the events of its threads only", () => {
    const events = inputOf("line").events as { id: string }[];
    expect(events.map((e) => e.id)).toEqual(["start", "raid", "later"]);
  });

  it.each<[string, ChartSpec, string]>([
    [
      "an unknown event",
      { ...specs[0]!, event: "nope" } as ChartSpec,
      'fixture/charts.json, chart "toll", field "event"',
    ],
    [
      "a figure label the event does not have",
      { ...specs[0]!, toll: "wounded" } as ChartSpec,
      'fixture/charts.json, chart "toll", field "toll"',
    ],
    [
      "a claim drawn from a figure that the data does not mark as a claim",
      { ...specs[0]!, claim: "people killed" } as ChartSpec,
      'fixture/charts.json, chart "toll", field "claim"',
    ],
    [
      "a state that focuses on a force the chart does not draw",
      { ...specs[4]!, states: { x: { focus: ["green"], context: [] } } } as ChartSpec,
      'fixture/charts.json, chart "troops", field "states.x"',
    ],
    [
      "a state that highlights a thread the chart does not draw",
      { ...specs[5]!, states: { x: { highlight: ["talks"], label: "events" } } } as ChartSpec,
      'fixture/charts.json, chart "line", field "states.x.highlight"',
    ],
  ])("stops on %s, naming the file, the chart, the field and the value", (_, bad, where) => {
    const run = () => chartKind(bad.kind).input(bad, data);
    expect(run).toThrow(where);
    expect(run).toThrow(/\(value: "(nope|wounded|people killed|green|talks)"\)/);
  });
});
