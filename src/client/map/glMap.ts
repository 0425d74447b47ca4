import type { FeatureCollection } from "geojson";
import type { Camera, StoryMapTarget } from "../../map/applyStep";
import type { LayerSpec } from "../../map/style";

interface LngLatLike {
  lng: number;
  lat: number;
}

interface Handler {
  enable(): void;
  disable(): void;
}

/**
 * What the story uses of a MapLibre or Mapbox GL map. Both libraries have this API; typing it
 * here keeps either library's types out of the shared code (and the initial bundle).
 */
export interface GLMapLike {
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setFilter(layer: string, filter: unknown): unknown;
  getSource(id: string): unknown;
  addSource(id: string, source: unknown): unknown;
  addLayer(layer: unknown): unknown;
  getLayer(id: string): unknown;
  getStyle(): { layers?: { id: string; type: string }[] } | undefined;
  addImage(
    id: string,
    image: { width: number; height: number; data: Uint8Array },
    options?: { pixelRatio?: number },
  ): unknown;
  hasImage(id: string): boolean;
  updateImage(id: string, image: { width: number; height: number; data: Uint8Array }): unknown;
  cameraForBounds(
    bounds: [[number, number], [number, number]],
    options?: unknown,
  ): { center: unknown; zoom?: number } | undefined;
  flyTo(options: unknown): unknown;
  jumpTo(options: unknown): unknown;
  project(lngLat: [number, number]): { x: number; y: number };
  getCenter(): LngLatLike;
  getZoom(): number;
  isMoving(): boolean;
  on(type: string, listener: (e: never) => void): unknown;
  off(type: string, listener: (e: never) => void): unknown;
  once(type: string, listener?: (e: never) => void): unknown;
  queryRenderedFeatures(
    geometry: [number, number] | [[number, number], [number, number]],
    options?: { layers?: string[] },
  ): {
    layer: { id: string };
    properties: Record<string, unknown> | null;
    geometry: { type: string; coordinates?: unknown };
  }[];
  resize(): unknown;
  remove(): void;
  getCanvas(): HTMLCanvasElement;
  loaded(): boolean;
  scrollZoom: Handler;
  boxZoom: Handler;
  dragRotate: Handler;
  dragPan: Handler;
  keyboard: Handler;
  doubleClickZoom: Handler;
  touchZoomRotate: Handler;
  touchPitch?: Handler;
}

function toLngLat(c: unknown): [number, number] {
  if (Array.isArray(c)) return [Number(c[0]), Number(c[1])];
  const o = c as LngLatLike;
  return [o.lng, o.lat];
}

/** The narrow StoryMapTarget (src/map/applyStep.ts) over a real MapLibre or Mapbox map. */
export function storyTarget(map: GLMapLike): StoryMapTarget {
  return {
    setLayoutProperty: (l, n, v) => void map.setLayoutProperty(l, n, v),
    setFilter: (l, f) => void map.setFilter(l, f),
    setSourceData: (id: string, data: FeatureCollection) =>
      (map.getSource(id) as { setData(d: FeatureCollection): void }).setData(data),
    cameraForBounds: (bounds, options) => {
      const c = map.cameraForBounds(bounds, options);
      if (!c || c.zoom === undefined || !Number.isFinite(c.zoom)) return null;
      return { center: toLngLat(c.center), zoom: c.zoom };
    },
    flyTo: (o: Camera & { duration?: number; essential?: boolean }) => void map.flyTo(o),
    jumpTo: (o: Camera) => void map.jumpTo(o),
  };
}

const handlerNames = [
  "scrollZoom",
  "boxZoom",
  "dragRotate",
  "dragPan",
  "keyboard",
  "doubleClickZoom",
  "touchZoomRotate",
  "touchPitch",
] as const;

/**
 * Turns every interaction handler on (explore mode) or off (the story: the page scrolls and
 * pinch-zooms as if the map were a picture).
 */
export function setInteractive(map: GLMapLike, on: boolean): void {
  for (const name of handlerNames) {
    const h = map[name];
    if (h) {
      if (on) h.enable();
      else h.disable();
    }
  }
  if (on) map.dragRotate.disable();
  if (on) map.touchPitch?.disable();
}

/** Adds the story's sources and layers to a loaded style (a Mapbox style, or re-adding after a reset). */
export function addStoryLayers(map: GLMapLike, sources: Record<string, unknown>, layers: LayerSpec[]): void {
  for (const [id, data] of Object.entries(sources))
    if (!map.getSource(id)) map.addSource(id, { type: "geojson", data });
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
}
