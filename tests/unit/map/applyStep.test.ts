import { describe, expect, it } from "vitest";
import { applyStep, drawRoute, routeData, routeTween, stepFilters } from "../../../src/map/applyStep";
import { storyLayers, palette, sourceId, styleLayersOf } from "../../../src/map/style";
import { fakeMap } from "./fakeMap";
import { layers, route, steps } from "./stepFixtures";

const padding = { top: 40, right: 40, bottom: 200, left: 40 };
const opts = { padding, reducedMotion: false, routes: { "french-withdrawal": route.coordinates } };
const aes = layers;
const ROUTE = sourceId("french-withdrawal");
const ids = Object.keys(steps);

/** The map state that matters to a reader: what is visible, filtered, drawn and framed. */
function snapshot(map: ReturnType<typeof fakeMap>) {
  return {
    layout: Object.fromEntries([...map.layout].sort()),
    filters: Object.fromEntries([...map.filters].sort()),
    route: map.sources.get(ROUTE),
    camera: map.camera(),
  };
}

describe("applyStep()", () => {
  it.each(ids)("shows exactly the layers of step %s", (id) => {
    const map = fakeMap();
    const step = steps[id]!;
    applyStep(map, step, aes, opts);
    const of = styleLayersOf(layers);
    for (const layer of layers) {
      for (const styleLayer of of[layer.id]!) {
        expect(map.visible(styleLayer), `${styleLayer} on step ${id}`).toBe(step.layers.includes(layer.id));
      }
    }
  });

  // Regression guard: a step's state must not depend on the step before (jumps, reloads, deep
  // links and scrolling back all land on the same map).
  it.each(ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b])))(
    "gives the same map for step %s whether it comes after step %s or first",
    (before, id) => {
      const fresh = fakeMap();
      applyStep(fresh, steps[id]!, aes, opts);
      const after = fakeMap();
      applyStep(after, steps[before]!, aes, opts);
      applyStep(after, steps[id]!, aes, opts);
      expect(snapshot(after)).toEqual(snapshot(fresh));
    },
  );

  it("flies to the camera that fits the step's bounds inside the padding", () => {
    const map = fakeMap();
    const step = steps.kandadji!;
    const applied = applyStep(map, step, aes, opts);
    const fit = map.calls.find((c) => c[0] === "cameraForBounds")!;
    expect(fit[1]).toEqual(step.bounds);
    expect(fit[2]).toEqual(padding);
    const fly = map.calls.find((c) => c[0] === "flyTo")![1] as { center: number[]; essential: boolean };
    expect(fly.center).toEqual(applied.camera!.center);
    expect(fly.essential).toBe(true);
    expect(map.calls.some((c) => c[0] === "jumpTo")).toBe(false);
  });

  it("jumps instead of flying when the reader prefers reduced motion", () => {
    const map = fakeMap();
    applyStep(map, steps.pact!, aes, { ...opts, reducedMotion: true });
    expect(map.calls.filter((c) => c[0] === "jumpTo")).toHaveLength(1);
    expect(map.calls.some((c) => c[0] === "flyTo")).toBe(false);
  });

  it("frames a small area closer than a large one", () => {
    const a = applyStep(fakeMap(), steps.kandadji!, aes, opts).camera!;
    const b = applyStep(fakeMap(), steps.pact!, aes, opts).camera!;
    expect(a.zoom).toBeGreaterThan(b.zoom);
  });

  it("highlights the step's regions and marks its places, through filters", () => {
    const map = fakeMap();
    applyStep(map, steps.kandadji!, aes, opts);
    expect(map.filters.get("regions-highlight")).toEqual([
      "all",
      ["==", ["get", "kind"], "region"],
      ["in", ["get", "id"], ["literal", ["tillaberi"]]],
    ]);
    expect(map.filters.get("places-dot")).toEqual([
      "in",
      ["get", "id"],
      ["literal", ["kandadji", "ayorou", "niamey"]],
    ]);
    expect(map.visible("regions-highlight")).toBe(true);
    expect(map.visible("countries-highlight")).toBe(false);
  });

  it("fills the three member countries for the countries layer", () => {
    const map = fakeMap();
    applyStep(map, steps.pact!, aes, opts);
    expect(map.visible("pact:fill")).toBe(true);
    const fill = storyLayers(palette.light, layers).find((l) => l.id === "pact:fill")!;
    expect(fill.filter).toEqual([
      "all",
      ["==", ["get", "kind"], "country"],
      ["in", ["get", "id"], ["literal", ["MLI", "BFA", "NER"]]],
    ]);
  });

  it("filters events to the step's years, and shows all years otherwise", () => {
    expect(stepFilters(steps.events!, aes)["conflict-events:circle"]).toEqual([
      "all",
      [">=", ["get", "y"], 2023],
      ["<=", ["get", "y"], 2024],
    ]);
    expect(stepFilters(steps.kandadji!, aes)["conflict-events:circle"]).toBeNull();
  });

  it("filters incidents and their rings to the step's last day, and shows all otherwise", () => {
    const upTo = { ...steps.kandadji!, incidentsUntil: "2023-10-31" };
    const filters = stepFilters(upTo, aes);
    expect(filters["attacks:circle"]).toEqual(["<=", ["get", "date"], "2023-10-31"]);
    expect(filters["attacks:rings"]).toEqual(["<=", ["get", "date"], "2023-10-31"]);
    expect(stepFilters(steps.kandadji!, aes)["attacks:circle"]).toBeNull();
  });

  it("sets no filter or layout on a layer the style does not have", () => {
    const known = new Set(storyLayers(palette.light, layers).map((l) => l.id));
    const map = fakeMap();
    for (const id of ids) applyStep(map, steps[id]!, aes, opts);
    for (const [method, layer] of map.calls) {
      if (method === "setLayoutProperty" || method === "setFilter") expect(known).toContain(layer);
    }
  });
});

describe("the withdrawal route", () => {
  it("is drawn to the step's share of its length", () => {
    const half = fakeMap();
    expect(applyStep(half, steps.convoyHalf!, aes, opts).routeProgress).toBe(0.5);
    const line = half.sources.get(ROUTE)!.features[0]!.geometry as { coordinates: number[][] };
    const [from, to] = [route.coordinates[0]!, route.coordinates.at(-1)!];
    const end = line.coordinates.at(-1)!;
    expect(end[0]).toBeCloseTo((from[0]! + to[0]!) / 2, 2);
    expect(end[1]).toBeCloseTo((from[1]! + to[1]!) / 2, 2);
  });

  it("reaches N'Djamena at progress 1", () => {
    const map = fakeMap();
    applyStep(map, steps.convoyDone!, aes, opts);
    const head = map.sources.get(ROUTE)!.features[1]!.geometry as { coordinates: number[] };
    expect(head.coordinates).toEqual(route.coordinates.at(-1));
  });

  it("is cleared on a step without the layer", () => {
    const map = fakeMap();
    applyStep(map, steps.convoyDone!, aes, opts);
    applyStep(map, steps.kandadji!, aes, opts);
    expect(map.sources.get(ROUTE)!.features).toEqual([]);
  });

  it("can start from where the previous step left it, for the caller to animate", () => {
    const map = fakeMap();
    applyStep(map, steps.convoyDone!, aes, { ...opts, routeProgress: 0.5 });
    expect(map.sources.get(ROUTE)).toEqual(routeData(route.coordinates, 0.5));
  });

  it("grows step by step with drawRoute(), each frame longer than the last", () => {
    const map = fakeMap();
    const lengths: number[] = [];
    for (let t = 0; t <= 1; t += 0.25) {
      drawRoute(map, "french-withdrawal", route.coordinates, routeTween(0.5, 1, t));
      const line = map.sources.get(ROUTE)!.features[0]!.geometry as { coordinates: number[][] };
      const [a, b] = [line.coordinates[0]!, line.coordinates.at(-1)!];
      lengths.push(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!));
    }
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeGreaterThan(lengths[i - 1]!);
  });

  it.each([
    [0, 1, 0, 0],
    [0, 1, 1, 1],
    [0.5, 1, 0.5, 0.75],
    [0.25, 0.75, 2, 0.75],
  ])("routeTween(%d, %d, %d) is %d", (from, to, t, expected) => {
    expect(routeTween(from, to, t)).toBeCloseTo(expected);
  });
});
