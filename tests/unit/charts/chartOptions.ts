import type { ChartOptions } from "../../../src/charts/marks";
import type { Mark } from "../../../src/charts/marks";
import { loadStrings } from "../../../src/i18n/strings";
import { chartInput } from "../../../src/story/storyCharts";

/** The input of one of the story's charts (content/charts.json), as its kind's type. */
export function storyInput<T>(id: string): T {
  return chartInput(id, "en") as T;
}

/** Options for a chart function: English strings, a size and a state. */
export function chartOptions(width: number, height: number, state: string): ChartOptions {
  return { width, height, state, locale: "en", strings: loadStrings("en") };
}

/** Marks whose classes include `cls`, shown or not. */
export function marksOf(marks: readonly Mark[], cls: string, shown?: boolean): Mark[] {
  return marks.filter(
    (m) => m.cls.split(" ").includes(cls) && (shown === undefined || Boolean(m.off) !== shown),
  );
}

export function byKey(marks: readonly Mark[], key: string): Mark {
  const m = marks.find((x) => x.key === key);
  if (!m) throw new Error(`no mark "${key}"`);
  return m;
}
