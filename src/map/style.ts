import type { MapLayer } from "./mapLayers";
import { glDash, layerSymbol, symbols, type ColourToken } from "./symbols";

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

/** A style layer, loose enough for both MapLibre and Mapbox GL (same style specification). */
export interface LayerSpec {
  id: string;
  type: "background" | "fill" | "line" | "circle" | "symbol";
  source?: string;
  filter?: unknown;
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
}

/** The sources every live map has: the basemap and the places; each layer adds its own. */
export const fixedSourceIds = ["basemap", "places"] as const;

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

const kind = (k: string) => ["==", ["get", "kind"], k];
const NONE = { visibility: "none" };
const inIds = (ids: readonly string[]) => ["in", ["get", "id"], ["literal", [...ids]]];

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

/** Drawing order: areas, then borders and lines, then points, markers on top. */
const Z = {
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

/** The style layers of one declared layer, each with its place in the drawing order. */
function layerStyle(layer: MapLayer, c: Palette): [z: number, spec: LayerSpec][] {
  const s = layerSymbol(layer);
  const id = layer.id;
  const colour = (t: ColourToken | null) => (t ? c[t] : undefined);
  switch (layer.kind) {
    case "regions":
      return [
        [
          Z.regions,
          {
            id: styleLayerId(id, "line"),
            type: "line",
            source: "basemap",
            filter: kind("region"),
            layout: { ...NONE, "line-join": "round" },
            paint: {
              "line-color": colour(s.stroke),
              "line-width": s.strokeWidth,
              "line-dasharray": glDash(s),
            },
          },
        ],
      ];
    case "lines":
      return [
        [
          Z.lines,
          {
            id: styleLayerId(id, "line"),
            type: "line",
            source: "basemap",
            filter: kind("river"),
            layout: { ...NONE, "line-join": "round", "line-cap": "round" },
            // Thinner when zoomed out, thicker close in; the static map draws the symbol's width.
            paint: {
              "line-color": colour(s.stroke),
              "line-width": ["interpolate", ["linear"], ["zoom"], 3, 1.5, 8, 3.5],
            },
          },
        ],
      ];
    case "incidents": {
      const ring = symbols.approx;
      return [
        [
          Z.rings,
          {
            id: styleLayerId(id, "rings"),
            type: "line",
            source: sourceId(id, "rings"),
            layout: NONE,
            paint: {
              "line-color": colour(ring.stroke),
              "line-width": ring.strokeWidth,
              "line-dasharray": glDash(ring),
            },
          },
        ],
        [
          Z.incidents,
          {
            id: styleLayerId(id, "circle"),
            type: "circle",
            source: sourceId(id),
            layout: NONE,
            paint: {
              // Area proportional to soldiers killed, as on the static map (attackRadius), at least 4 px.
              "circle-radius": ["max", 4, ["*", 17, ["sqrt", ["/", ["coalesce", ["get", "killed"], 0], 30]]]],
              "circle-color": colour(s.fill),
              "circle-opacity": s.fillOpacity,
              "circle-stroke-color": colour(s.stroke),
              "circle-stroke-width": s.strokeWidth,
            },
          },
        ],
      ];
    }
    case "sites":
      return [
        [
          Z.sites,
          {
            id: styleLayerId(id, "symbol"),
            type: "symbol",
            source: sourceId(id),
            // Sites of two layers at one place sit side by side, as on the static map.
            layout: {
              ...NONE,
              "icon-image": iconId(id),
              "icon-allow-overlap": true,
              "icon-offset": [layer.offset, 0],
            },
          },
        ],
      ];
    case "route":
      return [
        [
          Z.route,
          {
            id: styleLayerId(id, "line"),
            type: "line",
            source: sourceId(id),
            filter: ["==", ["geometry-type"], "LineString"],
            layout: { ...NONE, "line-cap": "butt" },
            paint: {
              "line-color": colour(s.stroke),
              "line-width": s.strokeWidth,
              "line-dasharray": glDash(s),
            },
          },
        ],
        [
          Z.routeHead,
          {
            id: styleLayerId(id, "head"),
            type: "circle",
            source: sourceId(id),
            filter: ["==", ["geometry-type"], "Point"],
            layout: NONE,
            paint: {
              "circle-radius": ROUTE_HEAD_RADIUS,
              "circle-color": colour(s.stroke),
              "circle-stroke-color": c.halo,
              "circle-stroke-width": 1.5,
            },
          },
        ],
      ];
    case "countries":
      return [
        [
          Z.groupFill,
          {
            id: styleLayerId(id, "fill"),
            type: "fill",
            source: "basemap",
            filter: ["all", kind("country"), inIds(layer.countries)],
            layout: NONE,
            paint: { "fill-color": colour(s.fill), "fill-opacity": 0.9 },
          },
        ],
        [
          Z.groupLine,
          {
            id: styleLayerId(id, "line"),
            type: "line",
            source: "basemap",
            filter: ["all", kind("country"), inIds(layer.countries)],
            layout: { ...NONE, "line-join": "round" },
            paint: { "line-color": colour(s.stroke), "line-width": 1.5 },
          },
        ],
      ];
    case "point":
      return [
        [
          Z.point,
          {
            id: styleLayerId(id, "ring"),
            type: "circle",
            source: sourceId(id),
            layout: NONE,
            paint: {
              "circle-radius": POINT_RING_RADIUS,
              "circle-opacity": 0,
              "circle-stroke-color": colour(s.stroke),
              "circle-stroke-width": s.strokeWidth,
            },
          },
        ],
      ];
    case "events":
      return [
        [
          Z.events,
          {
            id: styleLayerId(id, "circle"),
            type: "circle",
            source: sourceId(id),
            layout: NONE,
            paint: {
              // Area proportional to deaths, as on the static map (eventRadius): 1.5 px to 14 px at 100.
              "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "d"]], 0, 1.5, 10, 14],
              "circle-color": colour(s.fill),
              "circle-opacity": s.fillOpacity,
              "circle-stroke-color": colour(s.stroke),
              "circle-stroke-width": s.strokeWidth,
            },
          },
        ],
      ];
  }
}

/** Radius of the head of a route, live and static. */
export const ROUTE_HEAD_RADIUS = 6;
/** Radius of the ring of a point layer on the live map (the static map draws 9 at its scale). */
export const POINT_RING_RADIUS = 10;

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
