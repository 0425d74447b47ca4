import { describe, expect, it } from "vitest";
import { storyData } from "../../../src/data/storyData";
import { frameBounds, MIN_SPAN_DEG } from "../../../src/map/frameBounds";
import { staticMap, uncertaintyKm, MAP_PADDING } from "../../../src/map/staticMap";
import { placeLabels, overlaps } from "../../../src/map/placeLabels";
import { loadGedEvents } from "../../../src/data/gedEvents";
import type { MapView } from "../../../src/map/mapView";
import { mapStep } from "../../../src/map/mapStep";
import type { StaticLayer } from "../../../src/map/staticMap";
import { ctx } from "./stepFixtures";

const data = storyData("en");
/** The static map of a view, through the same step model as the live map. */
const draw = (v: MapView) => staticMap(mapStep("test", "A map for the tests.", v, ctx), ctx);
/** The part of a static map drawn by the layer of one kind. */
function part<K extends StaticLayer["kind"]>(
  model: ReturnType<typeof staticMap>,
  kind: K,
): Extract<StaticLayer, { kind: K }> | undefined {
  return model.layers.find((l): l is Extract<StaticLayer, { kind: K }> => l.kind === kind);
}
const view = (v: Partial<Omit<MapView, "frame">> & { frame: Partial<MapView["frame"]> }): MapView => ({
  places: [],
  layers: [],
  highlight: { regions: [], countries: [] },
  ...v,
  frame: { places: [], regions: [], countries: [], ...v.frame },
});

describe("frameBounds()", () => {
  it("is the box around the framed places", () => {
    const [[w, s], [e, n]] = frameBounds(view({ frame: { places: ["niamey", "agadez"] } }), data);
    [w, s, e, n].forEach((v, i) => expect(v).toBeCloseTo([2.1147, 13.5187, 7.9828, 16.9959][i]!, 9));
  });

  it("grows a single place to the minimum span, centred on it", () => {
    const [[w, s], [e, n]] = frameBounds(view({ frame: { places: ["niamey"] } }), data);
    expect(e - w).toBeCloseTo(MIN_SPAN_DEG);
    expect(n - s).toBeCloseTo(MIN_SPAN_DEG);
    expect((w + e) / 2).toBeCloseTo(2.1147);
  });

  it("includes whole regions and countries", () => {
    const [[w, s], [e, n]] = frameBounds(view({ frame: { countries: ["NER"] } }), data);
    expect(w).toBeLessThan(0.2);
    expect(e).toBeGreaterThan(15.9);
    expect(s).toBeLessThan(11.8);
    expect(n).toBeGreaterThan(23.4);
  });
});

describe("staticMap()", () => {
  const frames: [string, MapView][] = [
    [
      "Kandadji and Niamey",
      view({ frame: { places: ["kandadji", "ayorou", "niamey"] }, places: ["kandadji", "ayorou", "niamey"] }),
    ],
    [
      "the pact countries",
      view({
        frame: { countries: ["MLI", "BFA", "NER"] },
        places: ["bamako", "ouagadougou", "niamey"],
        layers: ["pact"],
      }),
    ],
    [
      "Niamey to N'Djamena",
      view({
        frame: { places: ["ouallam", "ndjamena"] },
        places: ["ouallam", "ndjamena"],
        layers: ["french-withdrawal"],
      }),
    ],
    [
      "the Tillabéri region",
      view({ frame: { regions: ["tillaberi"] }, places: ["tillaberi"], layers: ["regions"] }),
    ],
  ];
  it.each(frames)("puts every framed place of %s inside the padded map area", (_, v) => {
    const model = draw(v);
    expect(model.places.length).toBe(v.places.length);
    for (const p of model.places) {
      expect(p.x).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
      expect(p.x).toBeLessThanOrEqual(model.width - MAP_PADDING + 0.5);
      expect(p.y).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
      expect(p.y).toBeLessThanOrEqual(model.mapHeight - MAP_PADDING + 0.5);
    }
  });

  it("labels every requested place, inside the map", () => {
    const model = draw(frames[1]![1]);
    expect(model.labels.map((l) => l.text)).toEqual(["Bamako", "Ouagadougou", "Niamey"]);
    for (const l of model.labels) {
      expect(l.box.x).toBeGreaterThanOrEqual(0);
      expect(l.box.x + l.box.w).toBeLessThanOrEqual(model.width);
    }
  });

  it("highlights the three pact countries and no other", () => {
    const model = draw(frames[1]![1]);
    expect(
      model.countries
        .filter((c) => c.highlight)
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(["BFA", "MLI", "NER"]);
  });

  it("draws the attacks with a location, with rings for approximate ones, and leaves out those without", () => {
    const model = draw(view({ frame: { countries: ["NER"] }, layers: ["attacks"] }));
    expect(
      part(model, "incidents")!
        .marks.map((a) => a.id)
        .sort(),
    ).toEqual([
      "banibangou_attack",
      "garbougna_attack",
      "kandadji_attack",
      "koutougou_attack",
      "niamey_airport_attack",
      "sakoira_ambush",
      "tabatol_attack",
      "tillaberi_ambush_2025",
    ]);
    const ringed = part(model, "incidents")!
      .marks.filter((a) => a.ring !== null && a.ring > 0)
      .map((a) => a.id);
    expect(ringed.sort()).toEqual([
      "garbougna_attack",
      "kandadji_attack",
      "koutougou_attack",
      "sakoira_ambush",
      "tabatol_attack",
      "tillaberi_ambush_2025",
    ]);
    expect(model.legend.map((l) => l.label)).toContain("Dashed ring: approximate location");
  });

  it("draws only the attacks up to the step's last day (incidentsUntil), rings included", () => {
    const model = draw(
      view({ frame: { countries: ["NER"] }, layers: ["attacks"], incidentsUntil: "2023-10-31" }),
    );
    const marks = part(model, "incidents")!.marks;
    expect(marks.map((a) => a.id).sort()).toEqual(["kandadji_attack", "koutougou_attack", "tabatol_attack"]);
  });

  it("sizes attack circles by area: Tabatol (29 killed) is larger than Kandadji (12)", () => {
    const model = draw(view({ frame: { countries: ["NER"] }, layers: ["attacks"] }));
    const r = Object.fromEntries(part(model, "incidents")!.marks.map((a) => [a.id, a.r]));
    expect(r.tabatol_attack! / r.kandadji_attack!).toBeCloseTo(Math.sqrt(29 / 12), 1);
  });

  it("does not plot UCDP events whose point is only a region stand-in, and counts them", () => {
    const events = loadGedEvents();
    const model = part(draw(view({ frame: { countries: ["NER"] }, layers: ["conflict-events"] })), "events")!;
    const flagged = events.filter((e) => e.coord_precision_guess).length;
    expect(model.notDrawn).toBe(flagged);
    expect(model.circles.length).toBeLessThanOrEqual(events.length - flagged);
    expect(model.circles.length).toBeGreaterThan(400);
  });

  it("draws the schematic withdrawal route from the timeline's route event", () => {
    const model = draw(frames[2]![1]);
    expect(part(model, "route")?.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(part(model, "route")?.end.id).toBe("ndjamena");
  });

  it("only shows region outlines when asked", () => {
    expect(draw(frames[0]![1]).regions).toEqual([]);
    expect(draw(frames[3]![1]).regions.length).toBe(8);
  });
});

describe("uncertaintyKm()", () => {
  it.each([
    ["low — APPROXIMATE, about ±15 km", 15],
    ["APPROXIMATE, about ±10 km", 10],
    ["city point", null],
  ])("reads %j as %j", (text, km) => expect(uncertaintyKm(text)).toBe(km));
});

describe("placeLabels()", () => {
  it("puts a label to the right of its point when there is room", () => {
    const [l] = placeLabels([{ id: "a", text: "Niamey", x: 100, y: 100 }], {
      width: 600,
      height: 600,
      fontSize: 20,
    });
    expect(l).toMatchObject({ anchor: "start", x: 108, y: 107 });
  });

  it("flips a label to the left at the right edge", () => {
    const [l] = placeLabels([{ id: "a", text: "Ouagadougou", x: 580, y: 100 }], {
      width: 600,
      height: 600,
      fontSize: 20,
    });
    expect(l!.anchor).toBe("end");
  });

  it("moves a label that would overlap an earlier one", () => {
    const labels = placeLabels(
      [
        { id: "a", text: "Ayorou", x: 100, y: 100 },
        { id: "b", text: "Kandadji", x: 104, y: 108 },
      ],
      { width: 600, height: 600, fontSize: 20 },
    );
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false);
  });

  it("slides a label that fits nowhere back inside the map instead of cutting it", () => {
    const [l] = placeLabels([{ id: "a", text: "A very long place name", x: 100, y: 100 }], {
      width: 300,
      height: 200,
      fontSize: 20,
    });
    expect(l!.box.x).toBeGreaterThanOrEqual(0);
    expect(l!.box.x + l!.box.w).toBeLessThanOrEqual(300);
  });

  it("never drops a label, even when every spot is taken", () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, text: "Place", x: 50, y: 50 + i }));
    expect(placeLabels(points, { width: 120, height: 120, fontSize: 20 })).toHaveLength(12);
  });
});

describe("staticMap() and the step fields of issue 3", () => {
  const convoy = (progress?: number) =>
    view({
      frame: { places: ["ouallam", "ndjamena"] },
      places: ["ouallam", "ndjamena"],
      layers: ["french-withdrawal"],
      ...(progress === undefined ? {} : { route: { progress } }),
    });

  it("draws the route only as far as the step's progress, ending at its head", () => {
    const full = part(draw(convoy()), "route")!;
    const half = part(draw(convoy(0.5)), "route")!;
    const n = part(draw(convoy(1)), "route")!;
    expect(n).toEqual(full);
    expect(half.end.x).toBeLessThan(full.end.x - 50);
    expect(half.d.length).toBeLessThan(full.d.length);
  });

  it("draws no route at progress 0", () => {
    expect(part(draw(convoy(0)), "route")).toBeUndefined();
  });

  it("draws only the UCDP events of the step's years, and counts the hidden ones of those years", () => {
    const events = loadGedEvents();
    const v = view({ frame: { countries: ["NER"] }, layers: ["conflict-events"], eventYears: [2023, 2023] });
    const model = part(draw(v), "events")!;
    const in2023 = events.filter((e) => e.year === 2023);
    expect(model.notDrawn).toBe(in2023.filter((e) => e.coord_precision_guess).length);
    expect(model.circles.length).toBeLessThanOrEqual(in2023.length - model.notDrawn);
  });

  it("says under the legend what it cannot draw: attacks without location, hidden events", () => {
    const model = draw(view({ frame: { countries: ["NER"] }, layers: ["attacks"] }));
    expect(model.notes.join(" ")).toMatch(/^Not mapped \(no location gathered\): Teguey–Bankilaré ambush/);
    expect(Math.max(...model.notes.map((l) => l.length))).toBeLessThanOrEqual(70);
  });
});
