import type { Palette } from "./style";
import type { ColourToken } from "./symbols";

/** A style layer, loose enough for both MapLibre and Mapbox GL (same style specification). */
export interface LayerSpec {
  id: string;
  type: "background" | "fill" | "line" | "circle" | "symbol";
  source?: string;
  filter?: unknown;
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
}

/** The id of a declared layer's source (and of its `part`, such as its uncertainty rings). */
export function sourceId(layerId: string, part?: string): string {
  return part ? `${layerId}:${part}` : layerId;
}

/** The id of a style layer that draws part of a declared layer. */
export function styleLayerId(layerId: string, part: string): string {
  return `${layerId}:${part}`;
}

/** The id of the marker image of a sites layer (drawn at run time, no sprite). */
export function iconId(layerId: string): string {
  return `${layerId}:icon`;
}

/** A filter on the basemap's features of one kind (country, region, border, river). */
export const basemapKind = (k: string) => ["==", ["get", "kind"], k];
/** Every story layer starts hidden: applyStep() shows what a step asks for. */
export const HIDDEN = { visibility: "none" };
/** A filter on features whose id is one of `ids`. */
export const inIds = (ids: readonly string[]) => ["in", ["get", "id"], ["literal", [...ids]]];

/** Drawing order: areas, then borders and lines, then points, markers on top. */
export const Z = {
  groupFill: 1,
  regionsHighlight: 2,
  borders: 3,
  groupLine: 4,
  regions: 5,
  lines: 6,
  events: 7,
  route: 8,
  rings: 9,
  incidents: 10,
  point: 11,
  routeHead: 12,
  sites: 13,
  places: 14,
} as const;

/** Radius of the head of a route, live and static. */
export const ROUTE_HEAD_RADIUS = 6;
/** Radius of the ring of a point layer on the live map (the static map draws 9 at its scale). */
export const POINT_RING_RADIUS = 10;

/** A colour token's value in a palette, or undefined (left out of the paint) for none. */
export const colourOf = (c: Palette, t: ColourToken | null): string | undefined => (t ? c[t] : undefined);
