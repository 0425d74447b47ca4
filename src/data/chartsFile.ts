import { readContentJson } from "./contentDir";

/**
 * `content/charts.json` as parsed JSON, with the path to name in messages. Its schema depends on
 * the chart kinds, so it is validated where the charts are composed (src/story/storyCharts.ts).
 */
export function readChartsFile(): { data: unknown; file: string } {
  return readContentJson("charts.json");
}
