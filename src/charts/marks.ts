import type { Anchor } from "./avoidLabelCollisions";

/**
 * What a chart draws: a flat list of primitive marks, each with a key that is stable across
 * states and sizes. The same list becomes the build-time SVG and, in the browser, updates the
 * live SVG in place (matched by key), so CSS transitions animate a change of state.
 */
interface MarkBase {
  /** Unique within the chart and the same in every state: "bar-sb-2023-08". */
  key: string;
  /** CSS classes (see chartMarks.css). */
  cls: string;
  /** Hidden in this state (kept in the DOM so it can fade in and out). */
  off?: boolean;
  /** Tooltip text ("\n" between lines); marks with a tip can be explored by hover, tap and keys. */
  tip?: string;
  /** Where the tooltip points, in SVG units (defaults to the mark's top centre). */
  tipAt?: { x: number; y: number };
}

export interface RectMark extends MarkBase {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CircleMark extends MarkBase {
  type: "circle";
  cx: number;
  cy: number;
  r: number;
}

export interface PathMark extends MarkBase {
  type: "path";
  d: string;
}

export interface TextMark extends MarkBase {
  type: "text";
  /** Anchor point of the first line's baseline. */
  x: number;
  y: number;
  lines: string[];
  anchor: Anchor;
  /** Line spacing in px (defaults to 1.25 × the CSS font size, see renderMarks). */
  lineHeight?: number;
}

export type Mark = RectMark | CircleMark | PathMark | TextMark;

/** What every chart function returns: its size and its marks, plus chart-specific geometry. */
export interface ChartGeometry {
  width: number;
  height: number;
  marks: Mark[];
}

/** Options every chart function takes. */
export interface ChartOptions {
  /** Size of the plot in px (or SVG units for the static image). */
  width: number;
  height: number;
  /** One of the chart's states (its key in content/charts.json). */
  state: string;
  /** BCP 47 locale for numbers and dates. */
  locale: string;
  /** Interface strings (content/i18n/<locale>.json), at least the chart's own keys. */
  strings: Record<string, string>;
}

/** Rounds to 0.1 px: enough for SVG and keeps path strings short and testable. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;
