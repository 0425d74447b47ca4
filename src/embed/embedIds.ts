/** The embed of a step: its chart (`chart-<id>`) or its map view (`map-<step id>`). */
export function embedIdFor(step: { id: string; chart?: { id: string } | undefined }): string {
  return step.chart ? `chart-${step.chart.id}` : `map-${step.id}`;
}

/**
 * File name stem of an embed's downloads: the project's slug, then the chart id or `map-<step id>`
 * (`my-story-monthly-deaths`, `my-story-map-first-step`).
 */
export function fileStemFor(embedId: string, projectSlug: string): string {
  return `${projectSlug}-${embedId.replace(/^chart-/, "")}`;
}
