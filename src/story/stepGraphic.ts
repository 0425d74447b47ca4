import { loadStrings } from "../i18n/strings";
import { mapContext } from "../map/basemapData";
import { mapStep } from "../map/mapStep";
import { renderStaticMapSvg } from "../map/renderStaticMap";
import { staticMap, MAP_HEIGHT, MAP_WIDTH } from "../map/staticMap";
import { chartSvg, chartSvgSize } from "./storyCharts";
import type { StepData } from "./chapterSchema";

/** Size of a step's static graphic, for the <img> width and height (no layout shift). */
export function stepGraphicSize(step: StepData, locale: string): { width: number; height: number } {
  if (step.chart) return chartSvgSize(step.chart, loadStrings(locale), locale);
  return { width: MAP_WIDTH, height: MAP_HEIGHT };
}

/** The static graphic of a step as an SVG document: a map drawn with d3-geo, or a chart. */
export function stepGraphicSvg(step: StepData, locale: string, title: string): string {
  const strings = loadStrings(locale);
  if (step.map) {
    // The same view of the step as the live map's (src/map/mapStep.ts), drawn with d3-geo.
    const ctx = mapContext(strings, locale);
    const model = staticMap(mapStep(step.id, step.alt, step.map, ctx), ctx);
    return renderStaticMapSvg(model, strings, { title, description: step.alt });
  }
  return chartSvg(step.chart!, { locale, strings, description: step.alt });
}

/** Where the static graphic of a step is served, relative to its edition's base (its words are the edition's). */
export function stepGraphicPath(stepId: string): string {
  return `graphics/${stepId}.svg`;
}
