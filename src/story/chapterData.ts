import type { StepData } from "./chapterSchema";

/**
 * A chapter's data page (/data/<chapter>/) holds what the story's HTML leaves out so that its first
 * screen comes in the first bytes: each chart the chapter shows, live, with its data table open,
 * and the table of what each of its maps draws. Every graphic of the story links to it ("Data for
 * this chart"), and the story's live charts are taken from it when the chapter comes near
 * (src/client/chapter-charts.ts).
 */

/** Where a chapter's data page is served, relative to the site base. */
export function chapterDataPath(chapterId: string): string {
  return `data/${chapterId}/`;
}

/** The anchor of a chart's section on its chapter's data page. */
export function chartDataAnchor(chartId: string): string {
  return `chart-${chartId}`;
}

/** The anchor of a map step's table on its chapter's data page: the step's own id. */
export function mapDataAnchor(stepId: string): string {
  return stepId;
}

/** The charts a chapter shows, each in the state of its first step, in order of appearance. */
export function chapterCharts(steps: StepData[]): { id: string; state: string }[] {
  const first = new Map<string, string>();
  for (const s of steps) if (s.chart && !first.has(s.chart.id)) first.set(s.chart.id, s.chart.state);
  return [...first].map(([id, state]) => ({ id, state }));
}
