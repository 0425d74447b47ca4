import type { LayerId } from "./layers";

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
    attack: "#d55e00",
    france: "#0072b2",
    us: "#b36b00",
    route: "#0072b2",
    event: "#cc79a7",
    tri: "#1d1d1b",
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
    attack: "#ff7a33",
    france: "#56b4e9",
    us: "#e69f00",
    route: "#56b4e9",
    event: "#e08fc0",
    tri: "#f2f2ee",
  },
} as const satisfies Record<Theme, Record<string, string>>;

export type Palette = (typeof palette)[Theme];

/** A style layer, loose enough for both MapLibre and Mapbox GL (same style specification). */
export interface LayerSpec {
  id: string;
  type: "background" | "fill" | "line" | "circle" | "symbol";
  source?: string;
  filter?: unknown;
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
}

/** GeoJSON sources of the live map. */
export const sourceIds = [
  "basemap",
  "events",
  "route",
  "attack-rings",
  "attacks",
  "tri-border",
  "bases",
  "places",
] as const;
export type SourceId = (typeof sourceIds)[number];

/** The style layers that draw each story layer: a step turns exactly these on or off. */
export const styleLayersOf: Record<LayerId, readonly string[]> = {
  regions: ["regions-line"],
  river: ["river-line"],
  attacks: ["attack-rings-line", "attacks-circle"],
  "french-bases": ["bases-france"],
  "us-bases": ["bases-us"],
  "french-withdrawal": ["route-line", "route-head"],
  pact: ["pact-fill", "pact-line"],
  "tri-border": ["tri-border-ring"],
  "conflict-events": ["events-circle"],
};

/** Icons drawn at run time (no sprite to fetch): French bases are squares, US bases diamonds. */
export const iconIds = { france: "base-france", us: "base-us" } as const;

const kind = (k: string) => ["==", ["get", "kind"], k];
const NONE = { visibility: "none" };

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

/**
 * The story's layers, in drawing order. Every layer starts hidden or filtered out; applyStep()
 * shows what a step asks for. The same list is added to the MapLibre style and to a Mapbox style.
 */
export function storyLayers(c: Palette): LayerSpec[] {
  return [
    {
      id: "countries-highlight",
      type: "fill",
      source: "basemap",
      filter: ["all", kind("country"), ["in", ["get", "id"], ["literal", []]]],
      paint: { "fill-color": c.landHi, "fill-opacity": 0.9 },
    },
    {
      id: "pact-fill",
      type: "fill",
      source: "basemap",
      filter: ["all", kind("country"), ["in", ["get", "id"], ["literal", []]]],
      layout: NONE,
      paint: { "fill-color": c.landHi, "fill-opacity": 0.9 },
    },
    {
      id: "regions-highlight",
      type: "fill",
      source: "basemap",
      filter: ["all", kind("region"), ["in", ["get", "id"], ["literal", []]]],
      paint: { "fill-color": c.regionHi, "fill-opacity": 0.85 },
    },
    {
      id: "borders",
      type: "line",
      source: "basemap",
      filter: kind("border"),
      layout: { "line-join": "round" },
      paint: { "line-color": c.border, "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.8, 8, 1.6] },
    },
    {
      id: "pact-line",
      type: "line",
      source: "basemap",
      filter: ["all", kind("country"), ["in", ["get", "id"], ["literal", []]]],
      layout: { ...NONE, "line-join": "round" },
      paint: { "line-color": c.muted, "line-width": 1.5 },
    },
    {
      id: "regions-line",
      type: "line",
      source: "basemap",
      filter: kind("region"),
      layout: { ...NONE, "line-join": "round" },
      paint: { "line-color": c.region, "line-width": 1.2, "line-dasharray": [3, 2] },
    },
    {
      id: "river-line",
      type: "line",
      source: "basemap",
      filter: kind("river"),
      layout: { ...NONE, "line-join": "round", "line-cap": "round" },
      paint: { "line-color": c.river, "line-width": ["interpolate", ["linear"], ["zoom"], 3, 1.5, 8, 3.5] },
    },
    {
      id: "events-circle",
      type: "circle",
      source: "events",
      layout: NONE,
      paint: {
        // Area proportional to deaths, as on the static map (eventRadius): 1.5 px to 14 px at 100.
        "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "d"]], 0, 1.5, 10, 14],
        "circle-color": c.event,
        "circle-opacity": 0.35,
        "circle-stroke-color": c.event,
        "circle-stroke-width": 1,
      },
    },
    {
      id: "route-line",
      type: "line",
      source: "route",
      filter: ["==", ["geometry-type"], "LineString"],
      layout: { ...NONE, "line-cap": "butt" },
      paint: { "line-color": c.route, "line-width": 3, "line-dasharray": [3, 2] },
    },
    {
      id: "attack-rings-line",
      type: "line",
      source: "attack-rings",
      layout: NONE,
      paint: { "line-color": c.ink, "line-width": 1.5, "line-dasharray": [3, 2.5] },
    },
    {
      id: "attacks-circle",
      type: "circle",
      source: "attacks",
      layout: NONE,
      paint: {
        // Area proportional to soldiers killed, as on the static map (attackRadius), at least 4 px.
        "circle-radius": ["max", 4, ["*", 17, ["sqrt", ["/", ["coalesce", ["get", "killed"], 0], 30]]]],
        "circle-color": c.attack,
        "circle-opacity": 0.85,
        "circle-stroke-color": c.halo,
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: "tri-border-ring",
      type: "circle",
      source: "tri-border",
      layout: NONE,
      paint: {
        "circle-radius": 10,
        "circle-opacity": 0,
        "circle-stroke-color": c.tri,
        "circle-stroke-width": 2.5,
      },
    },
    {
      id: "route-head",
      type: "circle",
      source: "route",
      filter: ["==", ["geometry-type"], "Point"],
      layout: NONE,
      paint: {
        "circle-radius": 6,
        "circle-color": c.route,
        "circle-stroke-color": c.halo,
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: "bases-france",
      type: "symbol",
      source: "bases",
      filter: ["==", ["get", "force"], "France"],
      // France and the US shared Niamey airport: their symbols sit side by side, as on the static map.
      layout: { ...NONE, "icon-image": iconIds.france, "icon-allow-overlap": true, "icon-offset": [-9, 0] },
    },
    {
      id: "bases-us",
      type: "symbol",
      source: "bases",
      filter: ["==", ["get", "force"], "United States"],
      layout: { ...NONE, "icon-image": iconIds.us, "icon-allow-overlap": true, "icon-offset": [9, 0] },
    },
    {
      id: "places-dot",
      type: "circle",
      source: "places",
      filter: ["in", ["get", "id"], ["literal", []]],
      paint: {
        "circle-radius": 4.5,
        "circle-color": c.ink,
        "circle-stroke-color": c.halo,
        "circle-stroke-width": 2,
      },
    },
  ];
}

/** Paint properties that depend on the colour scheme, for switching light ↔ dark in place. */
export function themePaint(c: Palette): [layer: string, property: string, value: unknown][] {
  return storyLayers(c)
    .concat(basemapLayers(c))
    .flatMap((l) =>
      Object.entries(l.paint ?? {})
        .filter(([, v]) => typeof v === "string" && v.startsWith("#"))
        .map(([k, v]) => [l.id, k, v] as [string, string, unknown]),
    );
}

/**
 * A base icon as RGBA pixels: a square (France) or a diamond (US) with a halo, drawn at
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
export function offlineStyle(c: Palette, sources: Record<SourceId, unknown>, attribution: string) {
  return {
    version: 8 as const,
    sources: Object.fromEntries(
      sourceIds.map((id) => [
        id,
        { type: "geojson", data: sources[id], ...(id === "basemap" ? { attribution } : {}) },
      ]),
    ),
    layers: [...basemapLayers(c), ...storyLayers(c)],
  };
}
