import { r1, type Mark } from "./marks";

/**
 * A value axis drawn as gridlines across the plot (the zero line as the axis) with the tick
 * values right-aligned on the left: the same block in every chart with a value scale.
 */
export function valueAxis(
  ticks: readonly number[],
  y: (v: number) => number,
  opts: {
    /** Left and right edges of the plot. */
    left: number;
    right: number;
    /** Space between a value and the plot's left edge. */
    gap: number;
    fontSize: number;
    format: (v: number) => string;
    /** Prefix of the marks' keys, when a chart has more than one axis ("sb-"). */
    key?: string;
  },
): { lines: Mark[]; labels: Mark[] } {
  const { left, right, gap, fontSize, format, key = "" } = opts;
  return {
    lines: ticks.map((v) => ({
      type: "path",
      key: `grid-${key}${v}`,
      cls: v === 0 ? "axis" : "grid",
      d: `M${left},${r1(y(v))}H${right}`,
    })),
    labels: ticks.map((v) => ({
      type: "text",
      key: `ytick-${key}${v}`,
      cls: "tick",
      x: left - gap,
      y: r1(y(v) + fontSize * 0.35),
      lines: [format(v)],
      anchor: "end",
    })),
  };
}
