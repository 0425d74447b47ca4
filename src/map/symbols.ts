import type { Palette } from "./style";

/** A colour of the palette (src/map/style.ts), the same token in light and dark. */
export type ColourToken = keyof Palette;

/**
 * How a map mark looks, once for every renderer: the static SVG (markers and legend), the live
 * legend and the live map's layer paint all read these, so they cannot drift.
 */
export interface MapSymbol {
  /** The swatch's geometry (and the marker's, for points). */
  shape: "rect" | "wave" | "line" | "circle" | "square" | "diamond";
  fill: ColourToken | null;
  fillOpacity: number;
  stroke: ColourToken | null;
  /** Stroke width in pixels. */
  strokeWidth: number;
  /** Dash and gap in pixels, or null for a solid stroke. */
  dash: [number, number] | null;
  /** Radius of a circle swatch. */
  r: number;
}

const base: MapSymbol = {
  shape: "circle",
  fill: null,
  fillOpacity: 1,
  stroke: null,
  strokeWidth: 1,
  dash: null,
  r: 7,
};
/** A symbol: the defaults with `s` over them. */
export const sym = (s: Partial<MapSymbol>): MapSymbol => ({ ...base, ...s });

/** Symbols that belong to no declared layer: highlights and the approximate-location ring. */
export const symbols = {
  /** Region outlines (a regions layer, or the regions around a highlighted one). */
  regionOutline: sym({ shape: "rect", stroke: "region", strokeWidth: 1.2, dash: [3.6, 2.4] }),
  /** A highlighted region. */
  regionHi: sym({ shape: "rect", fill: "regionHi", stroke: "muted", strokeWidth: 1 }),
  /** A dashed ring around an approximate location. */
  approx: sym({ stroke: "ink", strokeWidth: 1.5, dash: [4.5, 3.75], r: 7.5 }),
  /** A marked place. */
  place: sym({ fill: "ink", stroke: "halo", strokeWidth: 2, r: 4.5 }),
} as const satisfies Record<string, MapSymbol>;

/**
 * A legend row's symbol, by name: one of `symbols`, or `layer:<id>` for a declared layer's.
 * Steps ship names, not whole symbols (the page carries every step's legend); every renderer
 * resolves them with symbolFor() (src/map/layers/liveRegistry.ts).
 */
export type SymbolKey = keyof typeof symbols | `layer:${string}`;

/** An SVG element: its tag and geometry attributes. */
export interface SvgShape {
  tag: "rect" | "circle" | "path";
  attrs: Record<string, number | string>;
}

/** Width and height of a legend swatch. */
export const SWATCH = { width: 20, height: 18 } as const;

/** A symbol's legend swatch in a 20 × 18 box whose top-left corner is (x, y). */
export function swatchShape(s: MapSymbol, x = 0, y = 0): SvgShape {
  switch (s.shape) {
    case "rect":
      return { tag: "rect", attrs: { x: x + 1, y: y + 1, width: 18, height: 16 } };
    case "wave":
      return { tag: "path", attrs: { d: `M${x + 1},${y + 13}q5,-10 9,-4t9,-4` } };
    case "line":
      return { tag: "path", attrs: { d: `M${x},${y + 9}h20` } };
    case "circle":
      return { tag: "circle", attrs: { cx: x + 10, cy: y + 9, r: s.r } };
    case "square":
    case "diamond":
      return markerShape(s, x + 10, y + 9);
  }
}

/** A point marker centred on (cx, cy): sites are squares or diamonds, the rest circles. */
export function markerShape(s: MapSymbol, cx: number, cy: number, r = s.r): SvgShape {
  if (s.shape === "square") return { tag: "rect", attrs: { x: cx - 7, y: cy - 7, width: 14, height: 14 } };
  if (s.shape === "diamond") return { tag: "path", attrs: { d: `M${cx},${cy - 9}l9,9l-9,9l-9,-9z` } };
  return { tag: "circle", attrs: { cx, cy, r } };
}

/**
 * The paint of a symbol for SVG: its fill and stroke colour tokens (each renderer turns a token
 * into a class or a CSS variable) and the other presentation attributes (widths, dashes, opacity).
 */
export function svgPaint(s: MapSymbol): {
  fill: ColourToken | null;
  stroke: ColourToken | null;
  attrs: Record<string, string | number>;
} {
  const attrs: Record<string, string | number> = {};
  if (!s.fill) attrs.fill = "none";
  else if (s.fillOpacity !== 1) attrs["fill-opacity"] = s.fillOpacity;
  if (s.stroke) attrs["stroke-width"] = s.strokeWidth;
  if (s.dash) attrs["stroke-dasharray"] = s.dash.join(" ");
  if (s.shape === "wave") {
    attrs["stroke-linecap"] = "round";
    attrs["stroke-linejoin"] = "round";
  }
  return { fill: s.fill, stroke: s.stroke, attrs };
}

/** A dash pattern in the units of MapLibre's and Mapbox's `line-dasharray` (line widths). */
export function glDash(s: MapSymbol): [number, number] | undefined {
  return s.dash ? [s.dash[0] / s.strokeWidth, s.dash[1] / s.strokeWidth] : undefined;
}
