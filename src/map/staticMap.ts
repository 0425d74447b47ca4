import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import type { StoryData } from "../data/storyData";
import { GLYPH_WIDTH, overlaps, placeLabels, type LabelBox } from "./placeLabels";
import { uncertaintyKm } from "./uncertainty";
import { displayName, type Overlay } from "./overlay";
import type { MapStep, StepNote } from "./mapStep";
import type { MapContent } from "./mapLayers";
import { symbols, type MapSymbol } from "./symbols";
import { layerSymbol, liveKind, symbolFor } from "./layers/liveRegistry";
import { buildKind, type StaticLayer } from "./layers/registry";
import type { StaticDrawContext } from "./layers/layerKind";

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

export type { StaticLayer };

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
    buildKind(l.kind)
      .highlightedCountries?.(l, overlay)
      .forEach((m) => highlightCountries.add(m));

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

  const regionLayer = shown.find((l) => liveKind(l.kind).namesRegions);
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

  const drawCtx: StaticDrawContext = {
    step,
    data,
    overlay,
    shown,
    width,
    mapHeight,
    project,
    toPath,
    kmToPixels: (lon, lat, km) => kmToPixels(projection, lon, lat, km),
  };
  const order = (l: StaticLayer) => buildKind(l.kind).static!.order;
  const layers = shown
    .flatMap((layer) => {
      const l = buildKind(layer.kind).static?.draw(layer, layerSymbol(layer), drawCtx);
      return l ? [l as StaticLayer] : [];
    })
    // In the drawing order of the live map; layers of one kind keep the step's order.
    .sort((a, b) => order(a) - order(b));

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
    ...layers.flatMap((l) => buildKind(l.kind).static!.obstacles?.(l) ?? []),
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
