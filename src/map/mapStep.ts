import type { MapView } from "./mapView";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import { frameBounds, type Bounds } from "./frameBounds";
import type { Overlay } from "./overlay";
import { displayName } from "./overlay";
import { layerKey, mapText } from "./mapStrings";
import type { MapContent } from "./mapLayers";
import type { SymbolKey } from "./symbols";
import { buildKind } from "./layers/registry";

/** A label the live map draws as text in the page (crisp at every zoom, no glyph server). */
export interface MapLabel {
  id: string;
  lngLat: [number, number];
  /** Other points the label may be anchored to when the first is crowded (along a line). */
  alts?: [number, number][];
  /** First line, bold. */
  text: string;
  /** Smaller lines under it: dates, tolls, "approximate location". */
  sub: string[];
  kind: "place" | "point" | "route";
}

/** One row of a step's legend: the static map and the live legend draw the same symbol. */
export interface LegendItem {
  symbol: SymbolKey;
  label: string;
}

/** Everything the live map needs for one step: computed at build time, shipped as JSON. */
export interface MapStep {
  id: string;
  /** The box to fit (frameBounds), [[west, south], [east, north]]. */
  bounds: Bounds;
  /** Ids of the declared layers shown (content/map.json), in the step's order. */
  layers: string[];
  places: string[];
  highlight: { regions: string[]; countries: string[] };
  /** Share of the route layers drawn (1 when the step does not say). */
  routeProgress: number;
  /** Years of the events layers shown, or null for all. */
  eventYears: [number, number] | null;
  /** The last day of the incidents shown (YYYY-MM-DD), or null for all. */
  incidentsUntil: string | null;
  labels: MapLabel[];
  legend: LegendItem[];
  /** Facts that are not drawn: unmapped attacks and places, events without a precise location. */
  notes: StepNote[];
  /** Credits of the layers shown (and of the basemap). */
  credits: string[];
  /** The step's text alternative. */
  alt: string;
}

export interface MapStepContext {
  data: StoryData;
  overlay: Overlay;
  strings: Strings;
  locale: string;
  /** The story's map declarations (content/map.json). */
  content: MapContent;
}

/** The declared layers a step shows, in the step's order. */
function shownLayers(view: Pick<MapView, "layers">, content: MapContent) {
  const byId = new Map(content.layers.map((l) => [l.id, l]));
  return view.layers.map((id) => {
    const l = byId.get(id);
    if (!l) throw new Error(`unknown map layer "${id}" (not in content/map.json)`);
    return l;
  });
}

export { incidentsShown } from "./layers/incidents";

/**
 * The labels of a step: each marked place (with the facts of the incidents and sites at or next
 * to it), each point layer's point and each drawn route. Never a label for a place without
 * coordinates.
 */
export function stepLabels(view: MapView, ctx: MapStepContext): MapLabel[] {
  const { data } = ctx;
  const layers = shownLayers(view, ctx.content);
  const labels: MapLabel[] = [];
  const byPlace = new Map<string, MapLabel>();

  for (const id of view.places) {
    const p = data.placeById.get(id)!;
    const label: MapLabel = { id, lngLat: [p.lon, p.lat], text: displayName(p.name), sub: [], kind: "place" };
    for (const layer of layers)
      label.sub.push(...(buildKind(layer.kind).placeFacts?.(layer, id, view, ctx) ?? []));
    if (p.approximate) label.sub.push(mapText(ctx.strings, "map.approximateLocation"));
    labels.push(label);
    byPlace.set(id, label);
  }
  for (const layer of layers) buildKind(layer.kind).addFacts?.(layer, labels, byPlace, view, ctx);
  // Then the layers' own labels (a point's, a route's), by rank.
  const own = layers.flatMap((layer) => {
    const l = buildKind(layer.kind).labels;
    return l ? [{ rank: l.rank, labels: l.of(layer, view, ctx) }] : [];
  });
  for (const o of own.sort((a, b) => a.rank - b.rank)) labels.push(...o.labels);
  return labels;
}

/** A fact the map states in words; `kind` lets the static map keep only the short ones. */
export interface StepNote {
  kind: "unmapped-place" | "unmapped-incidents" | "troops" | "route" | "group" | "events-hidden";
  text: string;
}

/**
 * What the map cannot draw, said in words: incidents without location, places the text names but
 * the data cannot locate, events with only a region-level location, and the troop figures behind
 * the site symbols. The static map prints the short ones under its legend.
 */
export function stepNotes(view: MapView, ctx: Omit<MapStepContext, "data">): StepNote[] {
  shownLayers(view, ctx.content); // unknown ids are errors
  // In the order of content/map.json, whatever the step's order.
  return ctx.content.layers
    .filter((l) => view.layers.includes(l.id))
    .flatMap((layer) => buildKind(layer.kind).notes?.(layer, view, ctx) ?? []);
}

/**
 * The legend of a step: highlighted regions, each layer shown, and the approximate-location ring.
 * The static map and the live legend both draw it.
 */
export function stepLegend(view: MapView, ctx: Omit<MapStepContext, "locale">): LegendItem[] {
  const { data, strings } = ctx;
  const items: LegendItem[] = [];
  if (view.highlight.regions.length)
    items.push({ symbol: "regionHi", label: mapText(strings, "map.highlightedRegion") });
  const layers = shownLayers(view, ctx.content);
  for (const layer of layers) {
    const label =
      buildKind(layer.kind).legendLabel?.(layer, view, ctx) ?? mapText(strings, layerKey(layer.id));
    items.push({ symbol: `layer:${layer.id}`, label });
  }
  const approxPlace = view.places.some((id) => data.placeById.get(id)?.approximate);
  const approxMark = layers.some((l) => buildKind(l.kind).approximate?.(l, view, ctx));
  if (approxPlace || approxMark) items.push({ symbol: "approx", label: mapText(strings, "map.approximate") });
  return items;
}

/**
 * Credits for what a step shows: the basemap, then each layer's sources, without repeats; in
 * another edition, its words for them (data.json → credits).
 */
export function stepCredits(view: MapView, content: MapContent, words?: Record<string, string>): string[] {
  const out = [content.credit];
  for (const l of shownLayers(view, content)) if (!out.includes(l.credit)) out.push(l.credit);
  return out.map((c) => words?.[c] ?? c);
}

/** The live map's view of one step, from the same step config as the static map and the text. */
export function mapStep(id: string, alt: string, view: MapView, ctx: MapStepContext): MapStep {
  return {
    id,
    bounds: frameBounds(view, ctx.data),
    layers: [...view.layers],
    places: [...view.places],
    highlight: { regions: [...view.highlight.regions], countries: [...view.highlight.countries] },
    routeProgress: view.route?.progress ?? 1,
    eventYears: view.eventYears ?? null,
    incidentsUntil: view.incidentsUntil ?? null,
    labels: stepLabels(view, ctx),
    legend: stepLegend(view, ctx),
    notes: stepNotes(view, ctx),
    credits: stepCredits(view, ctx.content, ctx.data.creditWords),
    alt,
  };
}
