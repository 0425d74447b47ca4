/** The embed of a step: its chart (`chart-<id>`) or its map view (`map-<step id>`). */
export function embedIdFor(step: { id: string; chart?: { id: string } | undefined }): string {
  return step.chart ? `chart-${step.chart.id}` : `map-${step.id}`;
}

/** File name stem of an embed's downloads: `niger-monthly-deaths`, `niger-map-kandadji-attack`. */
export function fileStemFor(embedId: string): string {
  return `niger-${embedId.replace(/^chart-/, "")}`;
}
