import { readFileSync } from "node:fs";
import path from "node:path";
import { contentDir } from "./contentDir";

/**
 * `content/charts.json` as parsed JSON, with the path to name in messages. Its schema depends on
 * the chart kinds, so it is validated where the charts are composed (src/story/storyCharts.ts).
 */
export function readChartsFile(): { data: unknown; file: string } {
  const abs = path.join(contentDir(), "charts.json");
  const file = path.relative(process.cwd(), abs) || abs;
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch {
    throw new Error(`${file}: file not found`);
  }
  try {
    return { data: JSON.parse(text), file };
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}
