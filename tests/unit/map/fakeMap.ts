import type { FeatureCollection } from "geojson";
import type { Camera, Padding, StoryMapTarget } from "../../../src/map/applyStep";
import type { Bounds } from "../../../src/map/frameBounds";

export type Call = [method: string, ...args: unknown[]];

/**
 * A stand-in for a MapLibre/Mapbox map that records what the story asks of it (after Reuters'
 * fakeMap in TileMap/labels.test.ts). Its camera for a box is the box's centre at a zoom that
 * grows as the box shrinks, so tests can tell steps apart without WebGL.
 */
export function fakeMap() {
  const calls: Call[] = [];
  const layout = new Map<string, unknown>();
  const filters = new Map<string, unknown>();
  const sources = new Map<string, FeatureCollection>();
  let camera: Camera | null = null;
  const map: StoryMapTarget & {
    calls: Call[];
    layout: Map<string, unknown>;
    filters: Map<string, unknown>;
    sources: Map<string, FeatureCollection>;
    camera(): Camera | null;
    visible(layer: string): boolean;
  } = {
    calls,
    layout,
    filters,
    sources,
    camera: () => camera,
    visible: (layer) => layout.get(`${layer}.visibility`) === "visible",
    setLayoutProperty(layer, name, value) {
      calls.push(["setLayoutProperty", layer, name, value]);
      layout.set(`${layer}.${name}`, value);
    },
    setFilter(layer, filter) {
      calls.push(["setFilter", layer, filter]);
      filters.set(layer, filter);
    },
    setSourceData(id, data) {
      calls.push(["setSourceData", id, data]);
      sources.set(id, data);
    },
    cameraForBounds([[w, s], [e, n]]: Bounds, { padding }: { padding: Padding }) {
      calls.push([
        "cameraForBounds",
        [
          [w, s],
          [e, n],
        ],
        padding,
      ]);
      const span = Math.max(e - w, n - s);
      return { center: [(w + e) / 2, (s + n) / 2], zoom: Math.round((9 - Math.log2(span)) * 100) / 100 };
    },
    flyTo(o) {
      calls.push(["flyTo", o]);
      camera = { center: o.center, zoom: o.zoom };
    },
    jumpTo(o) {
      calls.push(["jumpTo", o]);
      camera = { center: o.center, zoom: o.zoom };
    },
  };
  return map;
}
