import type { ChartView } from "../story/chapterSchema";
import type { Strings } from "../i18n/strings";

/**
 * Renders a chart state as a standalone SVG document. The charts themselves arrive with the
 * charts work (issue 4); until then no chapter may use a chart step, and one that does stops
 * the build here with the chart named.
 */
export function renderChartSvg(
  chart: ChartView,
  _opts: { locale: string; strings: Strings; title: string; description: string },
): string {
  throw new Error(`chart "${chart.id}" has no static renderer yet`);
}

export function chartSize(_chart: ChartView): { width: number; height: number } {
  return { width: 640, height: 480 };
}
