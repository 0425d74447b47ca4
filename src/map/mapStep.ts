import type { MapView } from "../story/chapterSchema";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import { formatDate, formatNumber } from "../i18n/format";
import type { LayerId } from "./layers";
import { frameBounds, type Bounds } from "./frameBounds";
import type { Overlay, TroopPoint } from "./overlay";
import { displayName } from "./overlay";
import { mapText } from "./mapStrings";
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
  kind: "place" | "base" | "tri-border" | "route";
}

/** Legend symbols; the static map draws the same ones (src/map/renderStaticMap.ts). */
export type LegendSymbolId =
  | "region"
  | "region-hi"
  | "river"
  | "attack"
  | "france"
  | "us"
  | "route"
  | "pact"
  | "tri"
  | "event"
  | "approx";

export interface LegendItem {
  symbol: LegendSymbolId;
  label: string;
}

/** Everything the live map needs for one step: computed at build time, shipped as JSON. */
export interface MapStep {
  id: string;
  /** The box to fit (frameBounds), [[west, south], [east, north]]. */
  bounds: Bounds;
  layers: LayerId[];
  places: string[];
  highlight: { regions: string[]; countries: string[] };
  /** Share of the withdrawal route drawn (1 when the step does not say). */
  routeProgress: number;
  /** UCDP years shown, or null for all. */
  eventYears: [number, number] | null;
  labels: MapLabel[];
  legend: LegendItem[];
  /** Facts that are not drawn: unmapped attacks and places, events without a precise location. */
  notes: string[];
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
}

const SYMBOL: Record<LayerId, LegendSymbolId> = {
  regions: "region",
  river: "river",
  attacks: "attack",
  "french-bases": "france",
  "us-bases": "us",
  "french-withdrawal": "route",
  pact: "pact",
  "tri-border": "tri",
  "conflict-events": "event",
};

function t(strings: Strings, key: string, fallback: string): string {
  return strings[key] ?? fallback;
}

/** Base names longer than this are replaced by "French base" / "US base" in labels. */
const SHORT_NAME = 16;

/** A base this close to a marked place is labelled with it (Niamey's airport and the city). */
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

/** The attack label lines: date and official toll, and "approximate location" when it is. */
function attackLines(a: Overlay["attacks"]["features"][number]["properties"], ctx: MapStepContext): string[] {
  const { strings, locale } = ctx;
  const parts = [formatDate(a.date, locale, "short")];
  if (a.killed !== null)
    parts.push(mapText(strings, "map.soldiersKilled", { n: formatNumber(a.killed, locale) }));
  return [parts.join(" · ")];
}

/**
 * The labels of a step: each marked place (with the facts of the attacks and bases at or next to
 * it), the tri-border point and the drawn route. Never a label for a place without coordinates.
 */
export function stepLabels(view: MapView, ctx: MapStepContext): MapLabel[] {
  const { data, overlay, strings, locale } = ctx;
  const layers = new Set(view.layers);
  const labels: MapLabel[] = [];
  const byPlace = new Map<string, MapLabel>();

  for (const id of view.places) {
    const p = data.placeById.get(id)!;
    const label: MapLabel = { id, lngLat: [p.lon, p.lat], text: displayName(p.name), sub: [], kind: "place" };
    if (layers.has("attacks")) {
      for (const f of overlay.attacks.features.filter((x) => x.properties.placeId === id))
        label.sub.push(...attackLines(f.properties, ctx));
    }
    if (p.approximate) label.sub.push(mapText(strings, "map.approximateLocation"));
    labels.push(label);
    byPlace.set(id, label);
  }

  // Base facts go under the label of the marked place at (or next to) the base; a base with no
  // marked place near it keeps its symbol and legend entry but no label, so labels stay few.
  for (const [layer, force] of [
    ["french-bases", "France"],
    ["us-bases", "United States"],
  ] as const) {
    if (!layers.has(layer)) continue;
    for (const b of overlay.bases.features.filter((x) => x.properties.force === force)) {
      const props = b.properties;
      const [lon, lat] = b.geometry.coordinates as [number, number];
      const at = byPlace.get(props.placeId) ?? nearestLabel(labels, lon, lat, NEAR_KM);
      if (!at) continue;
      // Short lines keep labels narrow: "Air Base 101: part of ~1,100 (2023)", "left by …".
      const name = displayName(props.name);
      const title =
        name.length <= SHORT_NAME && name !== at.text
          ? name
          : mapText(strings, force === "France" ? "map.frenchBase" : "map.usBase");
      at.sub.push(
        `${title}: ${firstClause(props.troops)}`,
        mapText(strings, "map.leftBy", { date: formatDate(props.leftBy, locale, "short") }),
      );
    }
  }

  if (layers.has("tri-border")) {
    const [lon, lat] = overlay.triBorder.geometry.coordinates as [number, number];
    labels.push({
      id: "tri-border",
      lngLat: [lon, lat],
      text: mapText(strings, "map.triBorderLabel"),
      sub: [],
      kind: "tri-border",
    });
  }

  const progress = view.route?.progress ?? 1;
  if (layers.has("french-withdrawal") && progress > 0) {
    const r = overlay.route;
    const sub = [
      mapText(strings, "map.routeFirstConvoy", {
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
      id: "route",
      lngLat: along(0.5),
      alts: [along(0.7), along(0.3), along(0.85)],
      text: mapText(strings, "map.routeLabel"),
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
  kind: "unmapped-place" | "unmapped-attacks" | "troops" | "route" | "pact" | "events-hidden";
  text: string;
}

/**
 * What the map cannot draw, said in words: attacks without location, places the text names but
 * the data cannot locate, UCDP events with only a region-level location, and the troop figures
 * behind the base symbols. The static map prints the short ones under its legend.
 */
export function stepNotes(view: MapView, ctx: Omit<MapStepContext, "data">): StepNote[] {
  const { overlay, strings, locale } = ctx;
  const layers = new Set(view.layers);
  const notes: StepNote[] = [];
  if (layers.has("attacks")) {
    for (const n of overlay.notes) {
      const attack = overlay.attacks.features.find((f) => f.properties.id === n.eventId);
      if (
        attack &&
        view.places.includes(attack.properties.placeId ?? "") &&
        view.places.includes(n.anchorPlaceId)
      )
        notes.push({ kind: "unmapped-place", text: n.text });
    }
    if (overlay.unmappedAttacks.length) {
      const list = overlay.unmappedAttacks
        .map((a) => {
          const toll =
            a.killed !== null
              ? `, ${mapText(strings, "map.soldiersKilled", { n: formatNumber(a.killed, locale) })}`
              : "";
          return `${a.name} (${formatDate(a.date, locale, "short")}${toll})`;
        })
        .join("; ");
      notes.push({ kind: "unmapped-attacks", text: mapText(strings, "map.notMapped", { list }) });
    }
  }
  if (layers.has("french-bases"))
    notes.push({
      kind: "troops",
      text: mapText(strings, "map.troopsFrance", { list: troopList(overlay.troops.France, locale) }),
    });
  if (layers.has("us-bases"))
    notes.push({
      kind: "troops",
      text: mapText(strings, "map.troopsUS", { list: troopList(overlay.troops["United States"], locale) }),
    });
  if (layers.has("french-withdrawal")) notes.push({ kind: "route", text: mapText(strings, "map.routeNote") });
  if (layers.has("pact"))
    notes.push({
      kind: "pact",
      text: mapText(strings, "map.charterSigned", {
        date: formatDate(overlay.aes.charterSigned, locale, "long"),
      }),
    });
  if (layers.has("conflict-events")) {
    const [from, to] = view.eventYears ?? overlay.eventYears;
    let hidden = 0;
    for (const [y, v] of Object.entries(overlay.eventsNotShown)) if (+y >= from && +y <= to) hidden += v.n;
    if (hidden)
      notes.push({
        kind: "events-hidden",
        text: mapText(strings, "map.eventsNotShown", { n: formatNumber(hidden, locale) }),
      });
  }
  return notes;
}

/** The legend of a step: highlighted regions, each layer shown, and the approximate-location ring. */
export function stepLegend(view: MapView, ctx: MapStepContext): LegendItem[] {
  const { data, overlay, strings } = ctx;
  const items: LegendItem[] = [];
  if (view.highlight.regions.length)
    items.push({ symbol: "region-hi", label: t(strings, "map.highlightedRegion", "Highlighted region") });
  for (const layer of view.layers) {
    let label = t(strings, `layer.${layer}`, layer);
    if (layer === "conflict-events" && view.eventYears) {
      const [a, b] = view.eventYears;
      label = mapText(strings, "map.eventsLayer", { years: a === b ? String(a) : `${a}–${b}` });
    }
    items.push({ symbol: SYMBOL[layer], label });
  }
  const approxPlace = view.places.some((id) => data.placeById.get(id)?.approximate);
  const approxAttack =
    view.layers.includes("attacks") && overlay.attacks.features.some((f) => f.properties.approximate);
  if (approxPlace || approxAttack)
    items.push({
      symbol: "approx",
      label: t(strings, "map.approximate", "Dashed ring: approximate location"),
    });
  return items;
}

/** Credits for what a step shows: the basemap, then each layer's sources, without repeats. */
export function stepCredits(view: MapView, strings: Strings): string[] {
  const out = [mapText(strings, "credit.basemap")];
  for (const l of view.layers) {
    const c = mapText(strings, `credit.${l}`);
    if (!out.includes(c)) out.push(c);
  }
  return out;
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
    labels: stepLabels(view, ctx),
    legend: stepLegend(view, ctx),
    notes: stepNotes(view, ctx).map((n) => n.text),
    credits: stepCredits(view, ctx.strings),
    alt,
  };
}
