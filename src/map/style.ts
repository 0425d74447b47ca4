import type { MapLayer } from "./mapLayers";
import { symbols } from "./symbols";
import { layerSymbol, liveKind } from "./layers/liveRegistry";
import { basemapKind, inIds, Z, type LayerSpec } from "./styleLayer";

export type Theme = "light" | "dark";

/**
 * Colours of the live map, light and dark: the same as the static map's (src/map/renderStaticMap.ts).
 * Marks use the Okabe–Ito palette (safe for colour-blind readers) and differ by shape too.
 */
export const palette = {
  light: {
    sea: "#dfe9f0",
    land: "#f4f1ea",
    landHi: "#cfe8dc",
    border: "#9a9a92",
    region: "#b7b1a2",
    regionHi: "#f6d7b8",
    river: "#4a90c0",
    ink: "#1d1d1b",
    muted: "#55554f",
    halo: "#ffffff",
    vermillion: "#d55e00",
    blue: "#0072b2",
    orange: "#b36b00",
    purple: "#cc79a7",
  },
  dark: {
    sea: "#0f1d26",
    land: "#23262a",
    landHi: "#1f4536",
    border: "#6d6f73",
    region: "#55585d",
    regionHi: "#5a4128",
    river: "#5fa8d8",
    ink: "#f2f2ee",
    muted: "#c4c4bc",
    halo: "#111315",
    vermillion: "#ff7a33",
    blue: "#56b4e9",
    orange: "#e69f00",
    purple: "#e08fc0",
  },
} as const satisfies Record<Theme, Record<string, string>>;

export type Palette = { [K in keyof (typeof palette)[Theme]]: string };

export {
  iconId,
  POINT_RING_RADIUS,
  ROUTE_HEAD_RADIUS,
  sourceId,
  styleLayerId,
  type LayerSpec,
} from "./styleLayer";

/** The sources every live map has: the basemap and the places; each layer adds its own. */
export const fixedSourceIds = ["basemap", "places"] as const;

const kind = basemapKind;

/** The offline basemap's own layers (MapLibre only: on Mapbox the Mapbox style is the basemap). */
export function basemapLayers(c: Palette): LayerSpec[] {
  return [
    { id: "background", type: "background", paint: { "background-color": c.sea } },
    {
      id: "countries-fill",
      type: "fill",
      source: "basemap",
      filter: kind("country"),
      paint: { "fill-color": c.land },
    },
  ];
}

/** The style layers of one declared layer, each with its place in the drawing order. */
function layerStyle(layer: MapLayer, c: Palette): [z: number, spec: LayerSpec][] {
  return liveKind(layer.kind).style(layer, c, layerSymbol(layer));
}

/** The style layers that draw each declared layer: a step turns exactly these on or off. */
export function styleLayersOf(layers: readonly MapLayer[]): Record<string, string[]> {
  return Object.fromEntries(
    layers.map((l) => [l.id, layerStyle(l, palette.light).map(([, spec]) => spec.id)]),
  );
}

/**
 * The story's layers, in drawing order. Every layer starts hidden or filtered out; applyStep()
 * shows what a step asks for. The same list is added to the MapLibre style and to a Mapbox style.
 */
export function storyLayers(c: Palette, layers: readonly MapLayer[]): LayerSpec[] {
  const all: [number, LayerSpec][] = [
    [
      0,
      {
        id: "countries-highlight",
        type: "fill",
        source: "basemap",
        filter: ["all", kind("country"), inIds([])],
        paint: { "fill-color": c.landHi, "fill-opacity": 0.9 },
      },
    ],
    [
      Z.regionsHighlight,
      {
        id: "regions-highlight",
        type: "fill",
        source: "basemap",
        filter: ["all", kind("region"), inIds([])],
        paint: { "fill-color": c.regionHi, "fill-opacity": 0.85 },
      },
    ],
    [
      Z.borders,
      {
        id: "borders",
        type: "line",
        source: "basemap",
        filter: kind("border"),
        layout: { "line-join": "round" },
        paint: {
          "line-color": c.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.8, 8, 1.6],
        },
      },
    ],
    ...layers.flatMap((l) => layerStyle(l, c)),
    [
      Z.places,
      {
        id: "places-dot",
        type: "circle",
        source: "places",
        filter: inIds([]),
        paint: {
          "circle-radius": symbols.place.r,
          "circle-color": c.ink,
          "circle-stroke-color": c.halo,
          "circle-stroke-width": symbols.place.strokeWidth,
        },
      },
    ],
  ];
  // A stable sort: layers of one kind keep the order of content/map.json.
  return all
    .map((e, i) => ({ z: e[0], i, spec: e[1] }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map((e) => {
      const paint = e.spec.paint
        ? Object.fromEntries(Object.entries(e.spec.paint).filter(([, v]) => v !== undefined))
        : undefined;
      return paint ? { ...e.spec, paint } : e.spec;
    });
}

/** Paint properties that depend on the colour scheme, for switching light ↔ dark in place. */
export function themePaint(
  c: Palette,
  layers: readonly MapLayer[],
): [layer: string, property: string, value: unknown][] {
  return storyLayers(c, layers)
    .concat(basemapLayers(c))
    .flatMap((l) =>
      Object.entries(l.paint ?? {})
        .filter(([, v]) => typeof v === "string" && v.startsWith("#"))
        .map(([k, v]) => [l.id, k, v] as [string, string, unknown]),
    );
}

/**
 * A site's marker as RGBA pixels: a square or a diamond with a halo, drawn at
 * `pixelRatio` so it stays sharp. No sprite sheet, nothing fetched.
 */
export function baseIcon(
  shape: "square" | "diamond",
  fill: string,
  halo: string,
  pixelRatio = 2,
): { width: number; height: number; data: Uint8Array } {
  const css = 20;
  const size = Math.round(css * pixelRatio);
  const data = new Uint8Array(size * size * 4);
  const [fr, fg, fb] = hexRgb(fill);
  const [hr, hg, hb] = hexRgb(halo);
  const half = size / 2;
  // Distance from the centre in the shape's own norm: max(|x|,|y|) for a square, |x|+|y| for a diamond.
  const outer = shape === "square" ? 7.5 * pixelRatio : 10 * pixelRatio;
  const inner = outer - 1.5 * pixelRatio;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x + 0.5 - half);
      const dy = Math.abs(y + 0.5 - half);
      const d = shape === "square" ? Math.max(dx, dy) : dx + dy;
      const i = (y * size + x) * 4;
      // One pixel of antialiasing on each edge.
      const aOuter = Math.min(1, Math.max(0, outer - d + 0.5));
      const aInner = Math.min(1, Math.max(0, inner - d + 0.5));
      if (aOuter <= 0) continue;
      data[i] = Math.round(fr * aInner + hr * (1 - aInner));
      data[i + 1] = Math.round(fg * aInner + hg * (1 - aInner));
      data[i + 2] = Math.round(fb * aInner + hb * (1 - aInner));
      data[i + 3] = Math.round(255 * aOuter);
    }
  }
  return { width: size, height: size, data };
}

function hexRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The MapLibre style of the offline map: no glyphs, no sprite, no tiles, nothing from another origin. */
export function offlineStyle(
  c: Palette,
  sources: Record<string, unknown>,
  attribution: string,
  layers: readonly MapLayer[],
) {
  return {
    version: 8 as const,
    sources: Object.fromEntries(
      Object.entries(sources).map(([id, data]) => [
        id,
        { type: "geojson", data, ...(id === "basemap" ? { attribution } : {}) },
      ]),
    ),
    layers: [...basemapLayers(c), ...storyLayers(c, layers)],
  };
}
