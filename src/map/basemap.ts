import { geoArea, geoCentroid, geoContains } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Region } from "../data/geo";
import { clipGeometry, roundGeometry, type Box } from "./clip";
import { simplifyGeometry, simplifyLine } from "./simplify";

/** Decimals kept in basemap coordinates (3 ≈ 110 m, below a pixel at the story's zooms). */
export const BASEMAP_DIGITS = 3;

/**
 * Douglas–Peucker tolerance in degrees inside the detail box (0.004° ≈ 450 m, about a pixel at
 * the closest zoom of the story): it keeps Natural Earth's 1:10m borders in line with 1:10m
 * regions. Outside, the map is only ever seen from far away: 0.05° ≈ 5 km.
 */
export const BASEMAP_TOLERANCE = 0.004;
export const FAR_TOLERANCE = 0.05;

/** What each basemap feature is; the style filters on it. */
export type BasemapKind = "country" | "border" | "region" | "river" | "country-label" | "region-label";

export interface BasemapProps {
  kind: BasemapKind;
  /** ISO alpha-3 for countries (when countries.csv names it), region slug for regions. */
  id?: string;
  name?: string;
}

export type Basemap = FeatureCollection<Geometry, BasemapProps>;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Builds the offline basemap from data in the repo: world-atlas countries and their land borders
 * clipped to `box`, the regions, the lines file, and label points. Pure: the caller passes the
 * topology and the loaded data, so tests can pass small fixtures.
 */
export function buildBasemap(input: {
  topology: CountriesTopology;
  /** countries.csv rows with their ISO numeric code (= world-atlas feature id). */
  countryNames: { iso3: string; iso_numeric: string; name: string }[];
  /**
   * Name the other countries by world-atlas's names, which are English: only in an English
   * edition (default true); elsewhere they stay unnamed rather than named in another language.
   */
  atlasNames?: boolean;
  regions: Region[];
  river: Feature<Geometry>;
  /** The area covered (content/map.json → basemap.box). */
  box: Box;
  /** Where borders keep their detail (content/map.json → basemap.detail); coarse elsewhere. */
  core: Box;
  digits?: number;
  tolerance?: number;
  farTolerance?: number;
}): Basemap {
  const box = input.box;
  const digits = input.digits ?? BASEMAP_DIGITS;
  const tolerance = input.tolerance ?? BASEMAP_TOLERANCE;
  const core = input.core;
  const far = input.farTolerance ?? FAR_TOLERANCE;
  const shape = <G extends Geometry>(g: G): G => roundGeometry(simplifyGeometry(g, tolerance), digits);
  // Simplify the topology's arcs, not each country: a border shared by two countries is one arc,
  // so both sides stay identical and no gap opens between their fills.
  const topology = simplifyTopology(input.topology, (b) => (intersects(b, core) ? tolerance : far));
  const round = <G extends Geometry>(g: G): G => roundGeometry(g, digits);
  const byNumeric = new Map(input.countryNames.map((c) => [c.iso_numeric, c]));
  const features: Feature<Geometry, BasemapProps>[] = [];
  const labels: Feature<Point, BasemapProps>[] = [];

  const all = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  for (const f of all.features) {
    const clipped = clipGeometry(f.geometry, box);
    if (!clipped) continue;
    const known = byNumeric.get(String(f.id));
    const rounded = round(clipped) as MultiPolygon;
    if (!rounded.coordinates.length) continue;
    const name = known?.name ?? (input.atlasNames === false ? undefined : f.properties.name);
    const props: BasemapProps = name === undefined ? { kind: "country" } : { kind: "country", name };
    if (known) props.id = known.iso3;
    features.push({ type: "Feature", properties: props, geometry: rounded });
    const at = labelPoint(rounded);
    if (at && name !== undefined)
      labels.push(point(at, { kind: "country-label", name, id: props.id }, digits));
  }

  // Land borders once each (shared arcs), not the polygons' outlines: a clipped polygon's outline
  // would draw the box edge as a border.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const clippedBorders = clipGeometry(borders, box);
  if (clippedBorders)
    features.push({
      type: "Feature",
      properties: { kind: "border" },
      geometry: round(clippedBorders),
    });

  for (const r of input.regions) {
    const g = shape(r.geometry);
    features.push({ type: "Feature", properties: { kind: "region", id: r.id, name: r.name }, geometry: g });
    labels.push(point(r.label, { kind: "region-label", id: r.id, name: r.name }, digits));
  }

  const river = clipGeometry(input.river.geometry, box);
  if (river)
    features.push({
      type: "Feature",
      properties: { kind: "river", name: (input.river.properties as { name?: string } | null)?.name },
      geometry: shape(river),
    });

  return { type: "FeatureCollection", features: [...features, ...labels] };
}

function intersects([[w1, s1], [e1, n1]]: Box, [[w2, s2], [e2, n2]]: Box): boolean {
  return w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;
}

/**
 * A copy of a TopoJSON topology with absolute, simplified arcs (Douglas–Peucker per arc, with a
 * tolerance chosen from the arc's box). Arc end points are kept, so arcs still join.
 */
export function simplifyTopology<T extends Topology>(topology: T, toleranceFor: (box: Box) => number): T {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const pts: Position[] = arc.map((p) => {
      if (!t) return [p[0]!, p[1]!];
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    const b: Box = [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
    ];
    return simplifyLine(pts, toleranceFor(b));
  });
  const { transform: _transform, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}

function point(at: Position, properties: BasemapProps, digits: number): Feature<Point, BasemapProps> {
  const k = 10 ** digits;
  const props = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
  return {
    type: "Feature",
    properties: props as BasemapProps,
    geometry: { type: "Point", coordinates: [Math.round(at[0]! * k) / k, Math.round(at[1]! * k) / k] },
  };
}

/**
 * Where a country's name goes: the centroid of its largest polygon (by area on the sphere), if it
 * falls inside that polygon; otherwise the middle of the polygon's box. Tiny islands get none.
 */
export function labelPoint(g: MultiPolygon): Position | null {
  let best: Position[][] | null = null;
  let bestArea = 0;
  for (const rings of g.coordinates) {
    const poly: Polygon = { type: "Polygon", coordinates: rings };
    let area = geoArea(poly);
    // A ring wound the other way encloses the rest of the sphere: its area is 4π − a.
    if (area > 2 * Math.PI) area = 4 * Math.PI - area;
    if (area > bestArea) {
      bestArea = area;
      best = rings;
    }
  }
  // About 1,500 km²: smaller than that, a name would not fit at the story's zooms.
  if (!best || bestArea < 3.7e-5) return null;
  const poly: Feature<Polygon> = {
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates: best },
  };
  const c = geoCentroid(poly);
  if (geoContains(poly, c)) return c;
  const xs = best[0]!.map((p) => p[0]!);
  const ys = best[0]!.map((p) => p[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Countries (by ISO alpha-3) in the basemap, for checks. */
export function basemapCountries(b: Basemap): string[] {
  return b.features
    .filter((f) => f.properties.kind === "country" && f.properties.id)
    .map((f) => f.properties.id!);
}
