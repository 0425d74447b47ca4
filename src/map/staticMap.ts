import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import type { Feature, Geometry } from "geojson";
import type { MapView } from "../story/chapterSchema";
import type { StoryData } from "../data/storyData";
import type { GedEvent } from "../data/gedEvents";
import type { LayerId } from "./layers";
import { frameBounds } from "./frameBounds";
import { GLYPH_WIDTH, overlaps, placeLabels, type LabelBox } from "./placeLabels";
import type { Strings } from "../i18n/strings";
import { uncertaintyKm } from "./uncertainty";
import { buildOverlay } from "./overlay";
import { stepNotes, type StepNote } from "./mapStep";
import { schematicRoute, sliceLine } from "./routeLine";

/** Size of every static map, in SVG units (the image scales to its box). */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 600;
/** Space kept free around the frame so markers and labels at the edge stay visible. */
export const MAP_PADDING = 44;
export const LABEL_SIZE = 22;
export const LEGEND_SIZE = 20;
const LEGEND_ROW = 28;
export const NOTE_SIZE = 15;
const NOTE_ROW = 19;
/** The notes short enough for the static map; the step's data table has the rest. */
const STATIC_NOTES: StepNote["kind"][] = ["unmapped-place", "unmapped-attacks", "events-hidden", "route"];

/** Splits text into lines of at most `chars` characters, at spaces. */
export function wrapLines(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface MapPoint {
  id: string;
  x: number;
  y: number;
}

export interface StaticMapModel {
  width: number;
  height: number;
  /** Height of the map area; the legend sits below it. */
  mapHeight: number;
  projection: GeoProjection;
  countries: { iso3: string; name: string; d: string; highlight: boolean }[];
  countryLabels: { text: string; x: number; y: number }[];
  regions: { id: string; name: string; d: string; highlight: boolean; label: MapPoint | null }[];
  river: string | null;
  conflictEvents: { x: number; y: number; r: number }[];
  /** GED events not drawn because their point is only a region/department stand-in. */
  conflictEventsNotDrawn: number;
  attacks: { id: string; x: number; y: number; r: number; ring: number | null }[];
  bases: { force: "France" | "United States"; x: number; y: number; placeId: string }[];
  route: { d: string; end: MapPoint } | null;
  triBorder: MapPoint | null;
  places: (MapPoint & { name: string; ring: number | null })[];
  labels: LabelBox[];
  legend: { key: string; symbol: LegendSymbol }[];
  /** What the map cannot draw, in words (wrapped lines), printed under the legend. */
  notes: string[];
}

export type LegendSymbol =
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

const SYMBOL: Record<LayerId, LegendSymbol> = {
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

export { uncertaintyKm };

/** Radius in pixels of a circle of `km` around [lon, lat]. */
function kmToPixels(projection: GeoProjection, lon: number, lat: number, km: number): number {
  const dLat = km / 111.32;
  const a = projection([lon, lat]);
  const b = projection([lon, lat + dLat]);
  if (!a || !b) return 0;
  return Math.abs(a[1] - b[1]);
}

function inside(x: number, y: number, w: number, h: number): boolean {
  return x >= 0 && x <= w && y >= 0 && y <= h;
}

/** Attack circle radius: area proportional to soldiers killed. */
export const attackRadius = scaleSqrt().domain([0, 30]).range([0, 17]);
/** Conflict-event circle radius: area proportional to deaths. */
export const eventRadius = scaleSqrt().domain([0, 100]).range([1.5, 14]).clamp(true);

/**
 * The static map of one step, as geometry in SVG units: a pure function of the step and the
 * data. It is the first paint, the no-JS and no-WebGL map, the printed map, and the map of
 * embeds; the live map frames the same bounds.
 */
export function staticMap(
  view: MapView,
  data: StoryData,
  options: {
    gedEvents?: GedEvent[];
    width?: number;
    height?: number;
    strings?: Strings;
    locale?: string;
  } = {},
): StaticMapModel {
  const width = options.width ?? MAP_WIDTH;
  const height = options.height ?? MAP_HEIGHT;
  const layers = new Set(view.layers);
  const [yearFrom, yearTo] = view.eventYears ?? [-Infinity, Infinity];
  const charsPerLine = Math.floor((width - 28) / (NOTE_SIZE * GLYPH_WIDTH));
  const notes = stepNotes(view, {
    overlay: buildOverlay(data, options.gedEvents ?? []),
    strings: options.strings ?? {},
    locale: options.locale ?? "en",
  })
    .filter((n) => STATIC_NOTES.includes(n.kind))
    .flatMap((n) => wrapLines(n.text, charsPerLine));

  const legend: StaticMapModel["legend"] = view.layers.map((l) => ({ key: `layer.${l}`, symbol: SYMBOL[l] }));
  if (view.highlight.regions.length) legend.unshift({ key: "map.highlightedRegion", symbol: "region-hi" });

  const approxPlaces = view.places.filter((id) => data.placeById.get(id)?.approximate);
  const approxAttacks = layers.has("attacks") && data.attacks.some((a) => a.approximate && a.lat !== null);
  if (approxPlaces.length || approxAttacks) legend.push({ key: "map.approximate", symbol: "approx" });

  const legendRows = legend.length;
  const mapHeight =
    height -
    (legendRows ? legendRows * LEGEND_ROW + 16 : 0) -
    (notes.length ? notes.length * NOTE_ROW + 6 : 0) -
    30;

  const [[w, s], [e, n]] = frameBounds(view, data);
  const frame: Feature = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [(w + e) / 2, s],
        [(w + e) / 2, n],
      ],
    },
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [width - MAP_PADDING, mapHeight - MAP_PADDING],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, mapHeight],
    ]);
  const path = geoPath(projection).digits(1);
  const toPath = (g: Geometry) => path({ type: "Feature", properties: {}, geometry: g }) ?? "";
  const project = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    return p ? { x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 } : null;
  };

  const highlightCountries = new Set(view.highlight.countries);
  if (layers.has("pact")) data.timeline.aes.members.forEach((m) => highlightCountries.add(m.iso3));

  const countries = data.countries
    .map((c) => ({
      iso3: c.iso3,
      name: c.name,
      d: toPath(c.geometry),
      highlight: highlightCountries.has(c.iso3),
    }))
    .filter((c) => c.d !== "");

  const countryLabels: StaticMapModel["countryLabels"] = [];
  for (const c of data.countries) {
    const f: Feature = { type: "Feature", properties: {}, geometry: c.geometry };
    const area = path.area(f);
    if (area < width * mapHeight * 0.05) continue;
    const [x, y] = path.centroid(f);
    if (!Number.isFinite(x) || !inside(x, y, width, mapHeight - 20) || y < 24) continue;
    // Keep the whole label inside the map: its estimated half-width from each side.
    const half = (c.name.length * 17 * 0.75) / 2 + 6;
    if (half * 2 > width) continue;
    countryLabels.push({
      text: c.name,
      x: Math.round(Math.min(Math.max(x, half), width - half)),
      y: Math.round(y),
    });
  }

  const showRegions = layers.has("regions") || view.highlight.regions.length > 0;
  const regions = showRegions
    ? data.regions.map((r) => {
        const label = project(r.label[0], r.label[1]);
        return {
          id: r.id,
          name: r.name,
          d: toPath(r.geometry),
          highlight: view.highlight.regions.includes(r.id),
          label:
            layers.has("regions") && label && inside(label.x, label.y, width, mapHeight)
              ? { id: r.id, ...label }
              : null,
        };
      })
    : [];

  const river = layers.has("river") ? toPath(data.river.geometry) || null : null;

  let conflictEvents: StaticMapModel["conflictEvents"] = [];
  let conflictEventsNotDrawn = 0;
  if (layers.has("conflict-events")) {
    if (!options.gedEvents) throw new Error('the "conflict-events" layer needs the UCDP events');
    for (const ev of options.gedEvents) {
      if (ev.year < yearFrom || ev.year > yearTo) continue;
      if (ev.coord_precision_guess) {
        conflictEventsNotDrawn += 1;
        continue;
      }
      const p = project(ev.longitude, ev.latitude);
      if (p && inside(p.x, p.y, width, mapHeight))
        conflictEvents.push({ ...p, r: Math.round(eventRadius(ev.deaths_best) * 10) / 10 });
    }
    // Big circles first so small ones stay visible on top.
    conflictEvents = conflictEvents.sort((a, b) => b.r - a.r);
  }

  const attacks: StaticMapModel["attacks"] = [];
  if (layers.has("attacks")) {
    for (const a of data.attacks) {
      if (a.lat === null || a.lon === null) continue;
      const p = project(a.lon, a.lat);
      if (!p) continue;
      const km = a.approximate ? uncertaintyKm(a.coord_confidence) : null;
      attacks.push({
        id: a.event_id,
        ...p,
        r: Math.max(4, Math.round(attackRadius(a.soldiers_killed_official ?? 0) * 10) / 10),
        ring: km ? Math.round(kmToPixels(projection, a.lon, a.lat, km) * 10) / 10 : null,
      });
    }
  }

  const bases: StaticMapModel["bases"] = [];
  for (const [layer, force] of [
    ["french-bases", "France"],
    ["us-bases", "United States"],
  ] as const) {
    if (!layers.has(layer)) continue;
    const seen = new Set<string>();
    for (const b of data.bases.filter((x) => x.force === force)) {
      if (seen.has(b.place_id)) continue;
      seen.add(b.place_id);
      const place = data.placeById.get(b.place_id)!;
      const p = project(place.lon, place.lat);
      // France and the US shared Niamey airport: when both are shown, their symbols sit side by side.
      const shared =
        layers.has("french-bases") &&
        layers.has("us-bases") &&
        data.bases.some((x) => x.force !== force && x.place_id === b.place_id);
      const dx = shared ? (force === "France" ? -9 : 9) : 0;
      if (p) bases.push({ force, placeId: b.place_id, x: p.x + dx, y: p.y });
    }
  }

  let route: StaticMapModel["route"] = null;
  if (layers.has("french-withdrawal")) {
    const ev = data.timeline.events.find((x) => x.route_to_place_id);
    if (!ev || !ev.place_id || !ev.route_to_place_id)
      throw new Error("timeline.json has no event with a route");
    const from = data.placeById.get(ev.place_id)!;
    const to = data.placeById.get(ev.route_to_place_id)!;
    // The same schematic line as the live map, drawn as far as the step says.
    const line = sliceLine(schematicRoute([from.lon, from.lat], [to.lon, to.lat]), view.route?.progress ?? 1);
    const head = line[line.length - 1]!;
    const d = (view.route?.progress ?? 1) > 0 ? toPath({ type: "LineString", coordinates: line }) : "";
    const end = project(head[0]!, head[1]!);
    if (d && end) route = { d, end: { id: to.id, ...end } };
  }

  let triBorder: MapPoint | null = null;
  if (layers.has("tri-border")) {
    const t = data.placeById.get("tri_border");
    if (!t) throw new Error('the "tri-border" layer needs the place "tri_border" in places.csv');
    const p = project(t.lon, t.lat);
    if (p) triBorder = { id: t.id, ...p };
  }

  const places: StaticMapModel["places"] = [];
  for (const id of view.places) {
    const pl = data.placeById.get(id)!;
    const p = project(pl.lon, pl.lat);
    if (!p) continue;
    const km = pl.approximate ? uncertaintyKm(pl.coord_precision) : null;
    places.push({
      id,
      name: pl.name.replace(/\s*\(.*\)$/, ""),
      ...p,
      ring: km ? Math.round(kmToPixels(projection, pl.lon, pl.lat, km) * 10) / 10 : null,
    });
  }

  const obstacles = [
    ...places.map((p) => ({ x: p.x - 5, y: p.y - 5, w: 10, h: 10 })),
    ...bases.map((b) => ({ x: b.x - 7, y: b.y - 7, w: 14, h: 14 })),
    ...(triBorder ? [{ x: triBorder.x - 10, y: triBorder.y - 10, w: 20, h: 20 }] : []),
  ];
  const labels = placeLabels(
    places.map((p) => ({ id: p.id, text: p.name, x: p.x, y: p.y })),
    { width, height: mapHeight, fontSize: LABEL_SIZE, obstacles },
  );
  // Country and region names are context: one that would collide with a place label or marker
  // is left out (place labels, which the step asks for, are never dropped).
  const taken = [...labels.map((l) => l.box), ...obstacles];
  for (let i = countryLabels.length - 1; i >= 0; i--) {
    const c = countryLabels[i]!;
    const w = c.text.length * 17 * 0.75;
    const box = { x: c.x - w / 2, y: c.y - 14, w, h: 17 };
    if (taken.some((t) => overlaps(t, box))) countryLabels.splice(i, 1);
    else taken.push(box);
  }
  for (const r of regions) {
    if (!r.label) continue;
    const w = r.name.length * 17 * GLYPH_WIDTH;
    const box = { x: r.label.x - w / 2, y: r.label.y - 14, w, h: 17 };
    if (taken.some((t) => overlaps(t, box))) r.label = null;
    else taken.push(box);
  }

  return {
    width,
    height,
    mapHeight,
    projection,
    countries,
    countryLabels,
    regions,
    river,
    conflictEvents,
    conflictEventsNotDrawn,
    attacks,
    bases,
    route,
    triBorder,
    places,
    labels,
    legend,
    notes,
  };
}
