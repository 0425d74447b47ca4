import { semicolonList } from "../i18n/punctuation";
import type { MapView } from "./mapView";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import { formatDate, formatNumber } from "../i18n/format";
import { frameBounds, type Bounds } from "./frameBounds";
import type { LayerData, Overlay, TroopPoint } from "./overlay";
import { displayName, layerData } from "./overlay";
import { layerKey, mapText } from "./mapStrings";
import type { MapContent } from "./mapLayers";
import type { SymbolKey } from "./symbols";
import { sliceLine } from "./routeLine";

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

type IncidentsData = Extract<LayerData, { kind: "incidents" }>;

/**
 * The incidents a step shows: those on or before its `incidentsUntil` day (all when it has none).
 * The static map, the live map's filter, the labels, notes, legend and data table all use it, so a
 * step about one moment never shows, lists or describes what came later.
 */
export function incidentsShown(d: IncidentsData, view: { incidentsUntil?: string | null }): IncidentsData {
  const until = view.incidentsUntil;
  if (!until) return d;
  const ids = new Set(
    d.points.features.filter((f) => f.properties.date <= until).map((f) => f.properties.id),
  );
  return {
    ...d,
    points: { ...d.points, features: d.points.features.filter((f) => ids.has(f.properties.id)) },
    rings: { ...d.rings, features: d.rings.features.filter((f) => ids.has(f.properties.id)) },
    unmapped: d.unmapped.filter((a) => a.date <= until),
    notes: d.notes.filter((n) => ids.has(n.eventId)),
  };
}

/** Site names longer than this are replaced by the layer's short label in map labels. */
const SHORT_NAME = 16;

/** A site this close to a marked place is labelled with it (an airport and its city). */
const NEAR_KM = 15;

function nearestLabel(labels: MapLabel[], lon: number, lat: number, km: number): MapLabel | undefined {
  let best: MapLabel | undefined;
  let bestKm = km;
  for (const l of labels) {
    const dy = (l.lngLat[1] - lat) * 111.32;
    const dx = (l.lngLat[0] - lon) * 111.32 * Math.cos((lat * Math.PI) / 180);
    const d = Math.hypot(dx, dy);
    if (d <= bestKm) {
      best = l;
      bestKm = d;
    }
  }
  return best;
}

/** "~1,000 (Oct 2023, AFP); part of ~400 …" → "~1,000 (Oct 2023, AFP)". */
function firstClause(s: string): string {
  return s.split(";")[0]!.trim();
}

/**
 * The labels of a step: each marked place (with the facts of the incidents and sites at or next
 * to it), each point layer's point and each drawn route. Never a label for a place without
 * coordinates.
 */
export function stepLabels(view: MapView, ctx: MapStepContext): MapLabel[] {
  const { data, overlay, strings, locale } = ctx;
  const layers = shownLayers(view, ctx.content);
  const labels: MapLabel[] = [];
  const byPlace = new Map<string, MapLabel>();
  const incidents = layers.flatMap((l) =>
    l.kind === "incidents" ? [incidentsShown(layerData(overlay, l.id, "incidents"), view)] : [],
  );

  for (const id of view.places) {
    const p = data.placeById.get(id)!;
    const label: MapLabel = { id, lngLat: [p.lon, p.lat], text: displayName(p.name), sub: [], kind: "place" };
    for (const d of incidents) {
      for (const f of d.points.features.filter((x) => x.properties.placeId === id)) {
        const a = f.properties;
        const parts = [formatDate(a.date, locale, "short")];
        if (a.killed !== null)
          parts.push(
            mapText(
              strings,
              "map.soldiersKilled",
              { n: formatNumber(a.killed, locale), count: a.killed },
              locale,
            ),
          );
        label.sub.push(parts.join(" · "));
      }
    }
    if (p.approximate) label.sub.push(mapText(strings, "map.approximateLocation"));
    labels.push(label);
    byPlace.set(id, label);
  }

  // Site facts go under the label of the marked place at (or next to) the site; a site with no
  // marked place near it keeps its symbol and legend entry but no label, so labels stay few.
  for (const layer of layers) {
    if (layer.kind !== "sites") continue;
    for (const b of layerData(overlay, layer.id, "sites").points.features) {
      const props = b.properties;
      const [lon, lat] = b.geometry.coordinates as [number, number];
      const at = byPlace.get(props.placeId) ?? nearestLabel(labels, lon, lat, NEAR_KM);
      if (!at) continue;
      // Short lines keep labels narrow: "Air Base 101: part of ~1,100 (2023)", "left by …".
      const name = displayName(props.name);
      const title =
        name.length <= SHORT_NAME && name !== at.text ? name : mapText(strings, layerKey(layer.id, "short"));
      at.sub.push(
        `${title}: ${firstClause(props.troops)}`,
        mapText(strings, "map.leftBy", { date: formatDate(props.leftBy, locale, "short") }),
      );
    }
  }

  for (const layer of layers) {
    if (layer.kind !== "point") continue;
    const [lon, lat] = layerData(overlay, layer.id, "point").point.geometry.coordinates as [number, number];
    labels.push({
      id: layer.id,
      lngLat: [lon, lat],
      text: mapText(strings, layerKey(layer.id, "label")),
      sub: [],
      kind: "point",
    });
  }

  const progress = view.route?.progress ?? 1;
  for (const layer of layers) {
    if (layer.kind !== "route" || progress <= 0) continue;
    const r = layerData(overlay, layer.id, "route").route;
    const sub = [
      mapText(strings, layerKey(layer.id, "start"), {
        place: r.fromName,
        date: formatDate(r.date, locale, "short"),
      }),
    ];
    if (progress >= 1 && r.distanceKm !== null)
      sub.push(
        mapText(strings, "map.routeDistance", {
          qualifier: r.distanceQualifier ?? "",
          km: formatNumber(r.distanceKm, locale),
        }).trim(),
      );
    // Along the drawn part of the line (the line is labelled, not a place): half-way, or at
    // other points along it if that spot is taken.
    const along = (share: number) => {
      const part = sliceLine(r.coordinates, Math.max(0.02, Math.min(progress, 1) * share));
      const at = part[part.length - 1]!;
      return [at[0]!, at[1]!] as [number, number];
    };
    labels.push({
      id: layer.id,
      lngLat: along(0.5),
      alts: [along(0.7), along(0.3), along(0.85)],
      text: mapText(strings, layerKey(layer.id, "label")),
      sub,
      kind: "route",
    });
  }
  return labels;
}

function troopList(points: TroopPoint[], locale: string): string {
  return points
    .map(
      (p) =>
        `${p.approximate && p.troops > 0 ? "~" : ""}${formatNumber(p.troops, locale)} (${formatDate(p.date, locale, "short")})`,
    )
    .join(" → ");
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
  const { overlay, strings, locale } = ctx;
  const notes: StepNote[] = [];
  shownLayers(view, ctx.content); // unknown ids are errors
  // In the order of content/map.json, whatever the step's order.
  for (const layer of ctx.content.layers.filter((l) => view.layers.includes(l.id))) {
    switch (layer.kind) {
      case "incidents": {
        const d = incidentsShown(layerData(overlay, layer.id, "incidents"), view);
        for (const n of d.notes) {
          const incident = d.points.features.find((f) => f.properties.id === n.eventId);
          if (
            incident &&
            view.places.includes(incident.properties.placeId ?? "") &&
            view.places.includes(n.anchorPlaceId)
          )
            notes.push({ kind: "unmapped-place", text: n.text });
        }
        if (d.unmapped.length) {
          const items = d.unmapped.map((a) => {
            const toll =
              a.killed !== null
                ? `, ${mapText(strings, "map.soldiersKilled", { n: formatNumber(a.killed, locale), count: a.killed }, locale)}`
                : "";
            return `${a.name} (${formatDate(a.date, locale, "short")}${toll})`;
          });
          const list = semicolonList(strings, items);
          notes.push({ kind: "unmapped-incidents", text: mapText(strings, "map.notMapped", { list }) });
        }
        break;
      }
      case "sites":
        if (layer.troops)
          notes.push({
            kind: "troops",
            text: mapText(strings, layerKey(layer.id, "troops"), {
              list: troopList(layerData(overlay, layer.id, "sites").troops, locale),
            }),
          });
        break;
      case "route":
        notes.push({ kind: "route", text: mapText(strings, layerKey(layer.id, "note")) });
        break;
      case "countries":
        notes.push({
          kind: "group",
          text: mapText(strings, layerKey(layer.id, "note"), {
            date: formatDate(layerData(overlay, layer.id, "countries").date, locale, "long"),
          }),
        });
        break;
      case "events": {
        const d = layerData(overlay, layer.id, "events");
        const [from, to] = view.eventYears ?? d.years;
        let hidden = 0;
        for (const [y, v] of Object.entries(d.notShown)) if (+y >= from && +y <= to) hidden += v.n;
        if (hidden)
          notes.push({
            kind: "events-hidden",
            text: mapText(
              strings,
              layerKey(layer.id, "hidden"),
              { n: formatNumber(hidden, locale), count: hidden },
              locale,
            ),
          });
        break;
      }
      default:
        break;
    }
  }
  return notes;
}

/**
 * The legend of a step: highlighted regions, each layer shown, and the approximate-location ring.
 * The static map and the live legend both draw it.
 */
export function stepLegend(view: MapView, ctx: Omit<MapStepContext, "locale">): LegendItem[] {
  const { data, overlay, strings } = ctx;
  const items: LegendItem[] = [];
  if (view.highlight.regions.length)
    items.push({ symbol: "regionHi", label: mapText(strings, "map.highlightedRegion") });
  const layers = shownLayers(view, ctx.content);
  for (const layer of layers) {
    let label = mapText(strings, layerKey(layer.id));
    if (layer.kind === "events" && view.eventYears) {
      const [a, b] = view.eventYears;
      label = mapText(strings, layerKey(layer.id, "years"), { years: a === b ? String(a) : `${a}–${b}` });
    }
    items.push({ symbol: `layer:${layer.id}`, label });
  }
  const approxPlace = view.places.some((id) => data.placeById.get(id)?.approximate);
  const approxIncident = layers.some(
    (l) =>
      l.kind === "incidents" &&
      incidentsShown(layerData(overlay, l.id, "incidents"), view).points.features.some(
        (f) => f.properties.approximate,
      ),
  );
  if (approxPlace || approxIncident)
    items.push({ symbol: "approx", label: mapText(strings, "map.approximate") });
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
