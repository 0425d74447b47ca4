import type { ChartGeometry, ChartOptions } from "./marks";
import { chartKind } from "./registry";

/** Lays out a chart of any kind: the one entry point shared by the build and the browser. */
export function drawChart(kind: string, input: unknown, opts: ChartOptions): ChartGeometry {
  return chartKind(kind).layout(input as never, opts);
}
