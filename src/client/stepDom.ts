/**
 * The contract between a step's element (written at build time by src/components/Step.astro) and
 * the client code that reads it (scrolly-story, embed-dialog …): its data-* attributes, typed
 * once. The component writes them with stepAttributes(); the client reads them with readStep().
 * The graphic's text alternative is not one of them: the step already says it twice, in its card
 * (.step__alt, read in turn and announced when the step becomes active) and as its static image's
 * alt (the step's figure, without JavaScript and in presentation mode); a third copy cost 0.6 KB
 * gzipped in /fr/.
 */
export interface StepDom {
  /** The step's id (also the element's id and anchor). */
  id: string;
  /** Address of the step's static graphic (SVG). */
  graphic: string;
  /** What the sticky graphic shows for this step. */
  kind: "map" | "chart";
  /** Map steps: the ids of the layers shown (content/map.json). */
  layers: string[];
  /** Chart steps: the chart's id and the state shown. */
  chart: string | null;
  chartState: string | null;
  /** The embed of this step's graphic (its title and snippets: src/embed/dialogEntries.ts). */
  embed: string;
}

/** The elements that are steps. */
export const STEP_SELECTOR = ".step[data-step]";

/** The step element of `id` inside `root`. */
export function stepSelector(id: string): string {
  return `.step[data-step="${CSS.escape(id)}"]`;
}

/** The data-* attributes of a step's element (absent values are left out). */
export function stepAttributes(s: StepDom): Record<string, string | undefined> {
  return {
    "data-step": s.id,
    "data-graphic": s.graphic,
    "data-kind": s.kind,
    "data-layers": s.kind === "map" ? s.layers.join(" ") : undefined,
    "data-chart": s.chart ?? undefined,
    "data-chart-state": s.chartState ?? undefined,
    "data-embed": s.embed,
  };
}

/** The text alternative of a step's graphic ("Map: …"), from its static image. */
export function stepAlt(el: HTMLElement): string | undefined {
  return el.querySelector<HTMLImageElement>(".step__figure img")?.alt;
}

/** Reads a step element's attributes; one that Step.astro always writes and is missing is an error. */
export function readStep(el: HTMLElement): StepDom {
  const d = el.dataset;
  const need = (v: string | undefined, name: string): string => {
    if (v === undefined) throw new Error(`step element without data-${name}`);
    return v;
  };
  const kind = need(d.kind, "kind");
  if (kind !== "map" && kind !== "chart") throw new Error(`step "${d.step}": unknown data-kind "${kind}"`);
  return {
    id: need(d.step, "step"),
    graphic: need(d.graphic, "graphic"),
    kind,
    layers: (d.layers ?? "").split(" ").filter(Boolean),
    chart: d.chart ?? null,
    chartState: d.chartState ?? null,
    embed: need(d.embed, "embed"),
  };
}
