import { loadGedEvents, type GedEvent } from "../data/gedEvents";
import { storyData } from "../data/storyData";
import { loadStrings } from "../i18n/strings";
import { renderStaticMapSvg } from "../map/renderStaticMap";
import { staticMap, MAP_HEIGHT, MAP_WIDTH } from "../map/staticMap";
import { loadStoryMeta } from "./storyMeta";
import { chartSvg, chartSvgSize } from "./storyCharts";
import type { StepData } from "./chapterSchema";

let ged: GedEvent[] | undefined;

/** Size of a step's static graphic, for the <img> width and height (no layout shift). */
export function stepGraphicSize(step: StepData): { width: number; height: number } {
  if (step.chart) {
    const { locale } = loadStoryMeta();
    return chartSvgSize(step.chart, loadStrings(locale), locale);
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT };
}

/** The static graphic of a step as an SVG document: a map drawn with d3-geo, or a chart. */
export function stepGraphicSvg(step: StepData, locale: string, title: string): string {
  const strings = loadStrings(locale);
  if (step.map) {
    const needsEvents = step.map.layers.includes("conflict-events");
    if (needsEvents) ged ??= loadGedEvents();
    const model = staticMap(step.map, storyData(), {
      gedEvents: needsEvents ? ged : undefined,
      strings,
      locale,
    });
    return renderStaticMapSvg(model, strings, { title, description: step.alt });
  }
  return chartSvg(step.chart!, { locale, strings, description: step.alt });
}

/** Where the static graphic of a step is served, relative to the site base. */
export function stepGraphicPath(stepId: string): string {
  return `graphics/${stepId}.svg`;
}
