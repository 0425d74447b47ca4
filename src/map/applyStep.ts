import type { FeatureCollection, Position } from "geojson";
import type { Bounds } from "./frameBounds";
import type { MapStep } from "./mapStep";
import type { MapLayer } from "./mapLayers";
import { sourceId, styleLayersOf } from "./style";
import { liveKind } from "./layers/liveRegistry";
import { sliceLine } from "./routeLine";

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * The part of a WebGL map that a story step drives. MapLibre and Mapbox maps both fit it (through
 * a thin adapter for `setSourceData` and `cameraForBounds`); unit tests pass a fake that records
 * the calls.
 */
export interface StoryMapTarget {
  setLayoutProperty(layer: string, name: string, value: unknown): void;
  setFilter(layer: string, filter: unknown): void;
  setSourceData(source: string, data: FeatureCollection): void;
  /** The camera that fits `bounds` inside the padded canvas, or null if it cannot (zero size). */
  cameraForBounds(bounds: Bounds, options: { padding: Padding }): Camera | null;
  flyTo(options: Camera & { duration?: number; essential?: boolean }): void;
  jumpTo(options: Camera): void;
}

export interface ApplyOptions {
  padding: Padding;
  /** prefers-reduced-motion: jump to the camera instead of flying. */
  reducedMotion: boolean;
  /** The full schematic line of each route layer, by layer id. */
  routes: Record<string, Position[]>;
  /** Draw this share of the routes now instead of the step's (the caller animates towards it). */
  routeProgress?: number;
}

/** What a step shows once applied: the data attributes of the map element come from this. */
export interface AppliedStep {
  id: string;
  layers: string[];
  camera: Camera | null;
  routeProgress: number;
}

const literal = (ids: string[]) => ["literal", ids];

/** The filters of the step-driven layers: which regions, countries, places and years a step singles out. */
export function stepFilters(
  step: Pick<MapStep, "highlight" | "places" | "eventYears" | "incidentsUntil">,
  layers: readonly MapLayer[],
): Record<string, unknown> {
  return {
    "countries-highlight": [
      "all",
      ["==", ["get", "kind"], "country"],
      ["in", ["get", "id"], literal(step.highlight.countries)],
    ],
    "regions-highlight": [
      "all",
      ["==", ["get", "kind"], "region"],
      ["in", ["get", "id"], literal(step.highlight.regions)],
    ],
    "places-dot": ["in", ["get", "id"], literal(step.places)],
    // Each kind's own: the years of events, the last day of incidents …
    ...Object.fromEntries(layers.flatMap((l) => liveKind(l.kind).filters?.(l, step) ?? [])),
  };
}

/** The route source's data for a share of the route: the line drawn so far and its head. */
export function routeData(route: Position[], progress: number): FeatureCollection {
  const line = sliceLine(route, progress);
  const head = line[line.length - 1]!;
  return {
    type: "FeatureCollection",
    features:
      progress > 0
        ? [
            { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: line } },
            { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: head } },
          ]
        : [],
  };
}

/** Draws `progress` (0–1) of the schematic line of route layer `layerId`. */
export function drawRoute(
  map: Pick<StoryMapTarget, "setSourceData">,
  layerId: string,
  route: Position[],
  progress: number,
): void {
  map.setSourceData(sourceId(layerId), routeData(route, progress));
}

/**
 * The route progress to show `t` (0–1) of the way through an animation from one step's progress
 * to the next one's: eased, and never past the target.
 */
export function routeTween(from: number, to: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  const eased = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
  return from + (to - from) * eased;
}

/**
 * Puts the map in the state of one step, whatever state it was in: every story layer is set
 * visible or hidden, every step filter is set, the route is redrawn, and the camera flies (or
 * jumps, with reduced motion) to the step's bounds fitted inside the padding.
 */
export function applyStep(
  map: StoryMapTarget,
  step: MapStep,
  layers: readonly MapLayer[],
  opts: ApplyOptions,
): AppliedStep {
  const on = new Set(step.layers);
  const styleLayers = styleLayersOf(layers);
  for (const layer of layers) {
    const visibility = on.has(layer.id) ? "visible" : "none";
    for (const styleLayer of styleLayers[layer.id]!)
      map.setLayoutProperty(styleLayer, "visibility", visibility);
  }
  const filters = stepFilters(step, layers);
  for (const [layer, filter] of Object.entries(filters)) map.setFilter(layer, filter);
  map.setLayoutProperty(
    "countries-highlight",
    "visibility",
    step.highlight.countries.length ? "visible" : "none",
  );
  map.setLayoutProperty(
    "regions-highlight",
    "visibility",
    step.highlight.regions.length ? "visible" : "none",
  );
  map.setLayoutProperty("places-dot", "visibility", step.places.length ? "visible" : "none");

  const routes = layers.filter((l) => liveKind(l.kind).routeLine);
  const routeProgress = routes.some((l) => on.has(l.id)) ? (opts.routeProgress ?? step.routeProgress) : 0;
  for (const l of routes) drawRoute(map, l.id, opts.routes[l.id] ?? [], on.has(l.id) ? routeProgress : 0);

  const camera = map.cameraForBounds(step.bounds, { padding: opts.padding });
  if (camera) {
    if (opts.reducedMotion) map.jumpTo(camera);
    else map.flyTo({ ...camera, essential: true });
  }
  return { id: step.id, layers: layers.filter((l) => on.has(l.id)).map((l) => l.id), camera, routeProgress };
}
