import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import type { Feature, Geometry } from "geojson";
import type { StoryData } from "../data/storyData";
import { GLYPH_WIDTH, overlaps, placeLabels, type LabelBox } from "./placeLabels";
import { uncertaintyKm } from "./uncertainty";
import { displayName, layerData, type Overlay } from "./overlay";
import { incidentsShown, type MapStep, type StepNote } from "./mapStep";
import type { MapContent } from "./mapLayers";
import { symbols, type MapSymbol } from "./symbols";
import { layerSymbol, symbolFor } from "./layers/liveRegistry";
import { sliceLine } from "./routeLine";

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
const STATIC_NOTES: StepNote["kind"][] = ["unmapped-place", "unmapped-incidents", "events-hidden", "route"];

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

/** What one declared layer draws on the static map, in SVG units. */
export type StaticLayer =
  | { kind: "lines"; id: string; symbol: MapSymbol; d: string }
  | {
      kind: "events";
      id: string;
      symbol: MapSymbol;
      circles: { x: number; y: number; r: number }[];
      notDrawn: number;
    }
  | { kind: "route"; id: string; symbol: MapSymbol; d: string; end: MapPoint }
  | {
      kind: "incidents";
      id: string;
      symbol: MapSymbol;
      marks: { id: string; x: number; y: number; r: number; ring: number | null }[];
    }
  | { kind: "point"; id: string; symbol: MapSymbol; at: MapPoint }
  | { kind: "sites"; id: string; symbol: MapSymbol; marks: { placeId: string; x: number; y: number }[] };

export interface StaticMapModel {
  width: number;
  height: number;
  /** Height of the map area; the legend sits below it. */
  mapHeight: number;
  projection: GeoProjection;
  countries: { iso3: string; name: string; d: string; highlight: boolean }[];
  countryLabels: { text: string; x: number; y: number }[];
  regions: { id: string; name: string; d: string; highlight: boolean; label: MapPoint | null }[];
  /** The symbol of the region outlines. */
  regionSymbol: MapSymbol;
  /** The declared layers shown, in drawing order (lines, events, routes, incidents, points, sites). */
  layers: StaticLayer[];
  places: (MapPoint & { name: string; ring: number | null })[];
  labels: LabelBox[];
  legend: { symbol: MapSymbol; label: string }[];
  /** What the map cannot draw, in words (wrapped lines), printed under the legend. */
  notes: string[];
}

/** Drawing order of the static map, the same as the live map's (src/map/style.ts). */
const ORDER: StaticLayer["kind"][] = ["lines", "events", "route", "incidents", "point", "sites"];

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

/** Incident circle radius: area proportional to soldiers killed. */
export const attackRadius = scaleSqrt().domain([0, 30]).range([0, 17]);
/** Event circle radius: area proportional to deaths. */
export const eventRadius = scaleSqrt().domain([0, 100]).range([1.5, 14]).clamp(true);
/** Radius of the ring of a point layer at the static map's scale. */
const POINT_RING = 9;

export interface StaticMapContext {
  data: Pick<StoryData, "placeById" | "regions" | "countries" | "river">;
  overlay: Overlay;
  content: MapContent;
}

/**
 * The static map of one step, as geometry in SVG units: a pure function of the step's view (the
 * same MapStep the live map gets: frame, places, layers, legend, notes) and the data. It is the
 * first paint, the no-JS and no-WebGL map, the printed map, and the map of embeds.
 */
export function staticMap(
  step: MapStep,
  ctx: StaticMapContext,
  options: { width?: number; height?: number } = {},
): StaticMapModel {
  const { data, overlay } = ctx;
  const width = options.width ?? MAP_WIDTH;
  const height = options.height ?? MAP_HEIGHT;
  const byId = new Map(ctx.content.layers.map((l) => [l.id, l]));
  const shown = step.layers.map((id) => byId.get(id)!);
  const [yearFrom, yearTo] = step.eventYears ?? [-Infinity, Infinity];
  const charsPerLine = Math.floor((width - 28) / (NOTE_SIZE * GLYPH_WIDTH));
  const notes = step.notes
    .filter((n) => STATIC_NOTES.includes(n.kind))
    .flatMap((n) => wrapLines(n.text, charsPerLine));
  const legend = step.legend.map((i) => ({
    symbol: symbolFor(i.symbol, ctx.content.layers),
    label: i.label,
  }));

  const mapHeight =
    height -
    (legend.length ? legend.length * LEGEND_ROW + 16 : 0) -
    (notes.length ? notes.length * NOTE_ROW + 6 : 0) -
    30;

  const [[w, s], [e, n]] = step.bounds;
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

  const highlightCountries = new Set(step.highlight.countries);
  for (const l of shown)
    if (l.kind === "countries")
      layerData(overlay, l.id, "countries").members.forEach((m) => highlightCountries.add(m));

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

  const regionLayer = shown.find((l) => l.kind === "regions");
  const showRegions = !!regionLayer || step.highlight.regions.length > 0;
  const regions = showRegions
    ? data.regions.map((r) => {
        const label = project(r.label[0], r.label[1]);
        return {
          id: r.id,
          name: r.name,
          d: toPath(r.geometry),
          highlight: step.highlight.regions.includes(r.id),
          label:
            regionLayer && label && inside(label.x, label.y, width, mapHeight)
              ? { id: r.id, ...label }
              : null,
        };
      })
    : [];

  const layers: StaticLayer[] = [];
  for (const layer of shown) {
    const symbol = layerSymbol(layer);
    switch (layer.kind) {
      case "lines": {
        const d = toPath(data.river.geometry);
        if (d) layers.push({ kind: "lines", id: layer.id, symbol, d });
        break;
      }
      case "events": {
        const ev = layerData(overlay, layer.id, "events");
        let circles: { x: number; y: number; r: number }[] = [];
        for (const f of ev.points.features) {
          if (f.properties.y < yearFrom || f.properties.y > yearTo) continue;
          const [lon, lat] = f.geometry.coordinates as [number, number];
          const p = project(lon, lat);
          if (p && inside(p.x, p.y, width, mapHeight))
            circles.push({ ...p, r: Math.round(eventRadius(f.properties.d) * 10) / 10 });
        }
        // Big circles first so small ones stay visible on top.
        circles = circles.sort((a, b) => b.r - a.r);
        let notDrawn = 0;
        for (const [y, v] of Object.entries(ev.notShown)) if (+y >= yearFrom && +y <= yearTo) notDrawn += v.n;
        layers.push({ kind: "events", id: layer.id, symbol, circles, notDrawn });
        break;
      }
      case "route": {
        const r = layerData(overlay, layer.id, "route").route;
        // The same schematic line as the live map, drawn as far as the step says.
        const line = sliceLine(r.coordinates, step.routeProgress);
        const head = line[line.length - 1]!;
        const d = step.routeProgress > 0 ? toPath({ type: "LineString", coordinates: line }) : "";
        const end = project(head[0]!, head[1]!);
        if (d && end) layers.push({ kind: "route", id: layer.id, symbol, d, end: { id: r.toId, ...end } });
        break;
      }
      case "incidents": {
        const marks = incidentsShown(layerData(overlay, layer.id, "incidents"), step).points.features.flatMap(
          (f) => {
            const [lon, lat] = f.geometry.coordinates as [number, number];
            const p = project(lon, lat);
            if (!p) return [];
            const a = f.properties;
            return [
              {
                id: a.id,
                ...p,
                r: Math.max(4, Math.round(attackRadius(a.killed ?? 0) * 10) / 10),
                ring: a.km ? Math.round(kmToPixels(projection, lon, lat, a.km) * 10) / 10 : null,
              },
            ];
          },
        );
        layers.push({ kind: "incidents", id: layer.id, symbol, marks });
        break;
      }
      case "point": {
        const pt = layerData(overlay, layer.id, "point").point;
        const [lon, lat] = pt.geometry.coordinates as [number, number];
        const p = project(lon, lat);
        if (p) layers.push({ kind: "point", id: layer.id, symbol, at: { id: pt.properties.id, ...p } });
        break;
      }
      case "sites": {
        const seen = new Set<string>();
        const marks: { placeId: string; x: number; y: number }[] = [];
        // Sites of two shown layers at one place sit side by side, shifted by each layer's offset.
        const others = shown.filter((o) => o.kind === "sites" && o.id !== layer.id);
        for (const f of layerData(overlay, layer.id, "sites").points.features) {
          const placeId = f.properties.placeId;
          if (seen.has(placeId)) continue;
          seen.add(placeId);
          const place = data.placeById.get(placeId)!;
          const p = project(place.lon, place.lat);
          const shared = others.some((o) =>
            layerData(overlay, o.id, "sites").points.features.some((g) => g.properties.placeId === placeId),
          );
          const dx = shared && layer.kind === "sites" ? layer.offset : 0;
          if (p) marks.push({ placeId, x: p.x + dx, y: p.y });
        }
        layers.push({ kind: "sites", id: layer.id, symbol, marks });
        break;
      }
      default:
        break;
    }
  }
  layers.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));

  const places: StaticMapModel["places"] = [];
  for (const id of step.places) {
    const pl = data.placeById.get(id)!;
    const p = project(pl.lon, pl.lat);
    if (!p) continue;
    const km = pl.approximate ? uncertaintyKm(pl.coord_precision) : null;
    places.push({
      id,
      name: displayName(pl.name),
      ...p,
      ring: km ? Math.round(kmToPixels(projection, pl.lon, pl.lat, km) * 10) / 10 : null,
    });
  }

  const obstacles = [
    ...places.map((p) => ({ x: p.x - 5, y: p.y - 5, w: 10, h: 10 })),
    ...layers.flatMap((l) =>
      l.kind === "sites" ? l.marks.map((b) => ({ x: b.x - 7, y: b.y - 7, w: 14, h: 14 })) : [],
    ),
    ...layers.flatMap((l) => (l.kind === "point" ? [{ x: l.at.x - 10, y: l.at.y - 10, w: 20, h: 20 }] : [])),
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
    regionSymbol: regionLayer ? layerSymbol(regionLayer) : symbols.regionOutline,
    layers,
    places,
    labels,
    legend,
    notes,
  };
}

export { POINT_RING };
