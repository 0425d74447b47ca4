import { geoBounds } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import type { MapView } from "./mapView";
import type { StoryData } from "../data/storyData";

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

/** A single point would zoom in without end: frames are at least this many degrees wide and tall. */
export const MIN_SPAN_DEG = 1.6;

function extend(b: Bounds | null, [[w, s], [e, n]]: Bounds): Bounds {
  if (!b)
    return [
      [w, s],
      [e, n],
    ];
  return [
    [Math.min(b[0][0], w), Math.min(b[0][1], s)],
    [Math.max(b[1][0], e), Math.max(b[1][1], n)],
  ];
}

function featureBounds(geometry: Geometry): Bounds {
  const f: Feature = { type: "Feature", properties: {}, geometry };
  return geoBounds(f) as Bounds;
}

/**
 * The box a map step must show: the union of its frame's places, regions, countries and
 * bounds, and of the places it marks and labels (a labelled place out of view would be a label
 * for nothing), grown to a minimum span. The camera (static or live) fits this box with padding.
 */
export function frameBounds(
  view: Pick<MapView, "frame"> & Partial<Pick<MapView, "places">>,
  data: Pick<StoryData, "placeById" | "regions" | "countries">,
): Bounds {
  let b: Bounds | null = null;
  for (const id of new Set([...view.frame.places, ...(view.places ?? [])])) {
    const p = data.placeById.get(id);
    if (!p) throw new Error(`unknown place "${id}"`);
    b = extend(b, [
      [p.lon, p.lat],
      [p.lon, p.lat],
    ]);
  }
  for (const id of view.frame.regions) {
    const r = data.regions.find((x) => x.id === id);
    if (!r) throw new Error(`unknown region "${id}"`);
    b = extend(b, featureBounds(r.geometry));
  }
  for (const iso3 of view.frame.countries) {
    const c = data.countries.find((x) => x.iso3 === iso3);
    if (!c) throw new Error(`unknown country "${iso3}"`);
    b = extend(b, featureBounds(c.geometry));
  }
  if (view.frame.bounds) b = extend(b, view.frame.bounds);
  if (!b) throw new Error("empty frame");
  const [[w, s], [e, n]] = b;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hw = Math.max(e - w, MIN_SPAN_DEG) / 2;
  const hh = Math.max(n - s, MIN_SPAN_DEG) / 2;
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}
