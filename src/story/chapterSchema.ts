import { z } from "astro/zod";
import { makeMapViewSchema } from "../map/mapView";

/** The ids a chapter may refer to, read from content/ (places, regions, countries, layers, charts). */
export interface ChapterRefs {
  layerIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
  countryIds: ReadonlySet<string>;
  /** The charts of content/charts.json and the states of each (none if omitted). */
  chartStates?: ReadonlyMap<string, readonly string[]>;
}

const stepId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "step id must be lowercase words joined by hyphens" });

/** What the printed handout (/handout/) and the printed story keep of a chapter. */
const handout = z.strictObject({
  /** A short summary written for paper, from the chapter's own text; no typed figures. */
  summary: z.string().trim().min(40, { error: "a handout summary needs at least one full sentence" }),
  /** The step (or two) whose static graphic stands for the chapter on paper, in this order. */
  graphics: z
    .array(stepId)
    .min(1, { error: "give at least one key graphic" })
    .max(2, { error: "at most two key graphics per chapter" }),
});

export function makeChapterSchema(refs: ChapterRefs) {
  // References are plain strings in the map view and checked once per step (below), so that an
  // error names the step id as well as the field and the value.
  const mapView = makeMapViewSchema();

  /** A chart and the state it shows (see content/charts.json). */
  const chartView = z.strictObject({
    /** Chart id (a key of content/charts.json). */
    id: z.string(),
    /** One of the chart's states. */
    state: z.string(),
  });

  /** One scroll step: the graphic state it shows while its text is active. */
  const step = z
    .strictObject({
      /** Unique across the story; also the anchor and the name of its static graphic. */
      id: stepId,
      /** A map view (or use `chart`). */
      map: mapView.optional(),
      /** A chart state (or use `map`). */
      chart: chartView.optional(),
      /** Text alternative for the graphic: what a sighted reader sees, in one or two sentences. */
      alt: z.string().trim().min(20, { error: "alt must describe the graphic (at least 20 characters)" }),
    })
    .refine((s) => (s.map ? 1 : 0) + (s.chart ? 1 : 0) === 1, {
      error: "a step shows exactly one graphic: give either map or chart",
    })
    .superRefine((s, ctx) => {
      if (s.chart) {
        const charts = refs.chartStates ?? new Map<string, readonly string[]>();
        const states = charts.get(s.chart.id);
        if (!states) {
          ctx.addIssue({
            code: "custom",
            path: ["chart", "id"],
            input: s.chart.id,
            message: `step "${s.id}": unknown chart id "${s.chart.id}" (known: ${[...charts.keys()].join(", ")})`,
          });
        } else if (!states.includes(s.chart.state)) {
          ctx.addIssue({
            code: "custom",
            path: ["chart", "state"],
            input: s.chart.state,
            message: `step "${s.id}": unknown state "${s.chart.state}" for chart "${s.chart.id}" (known: ${states.join(", ")})`,
          });
        }
      }
      if (!s.map) return;
      const check = (values: string[], known: ReadonlySet<string>, what: string, path: (string | number)[]) =>
        values.forEach((v, i) => {
          if (!known.has(v)) {
            ctx.addIssue({
              code: "custom",
              path: ["map", ...path, i],
              input: v,
              message: `step "${s.id}": unknown ${what} "${v}" (known: ${[...known].join(", ")})`,
            });
          }
        });
      check(s.map.frame.places, refs.placeIds, "place id", ["frame", "places"]);
      check(s.map.frame.regions, refs.regionIds, "region id", ["frame", "regions"]);
      check(s.map.frame.countries, refs.countryIds, "country code", ["frame", "countries"]);
      check(s.map.places, refs.placeIds, "place id", ["places"]);
      check(s.map.layers, refs.layerIds, "layer id", ["layers"]);
      check(s.map.highlight.regions, refs.regionIds, "region id", ["highlight", "regions"]);
      check(s.map.highlight.countries, refs.countryIds, "country code", ["highlight", "countries"]);
    });

  return z
    .strictObject({
      /** The chapter's headline. */
      title: z.string().trim().min(3),
      /** A one- or two-sentence summary shown under the headline and in the contents. */
      summary: z.string().trim().min(20),
      /** Short label for the contents and navigation (defaults to the title). */
      short: z.string().trim().optional(),
      /** The steps, in reading order; each needs a matching <Step id="..."> in the text. */
      steps: z.array(step).min(1, { error: "a chapter needs at least one step" }),
      /** On paper: a short summary and the key graphics (default: the summary and the first step). */
      handout: handout.optional(),
    })
    .superRefine((c, ctx) => {
      const ids = new Set(c.steps.map((s) => s.id));
      c.handout?.graphics.forEach((id, i) => {
        if (!ids.has(id))
          ctx.addIssue({
            code: "custom",
            path: ["handout", "graphics", i],
            input: id,
            message: `handout graphic "${id}" is not a step of this chapter (steps: ${[...ids].join(", ")})`,
          });
      });
    });
}

export type ChapterData = z.output<ReturnType<typeof makeChapterSchema>>;
export type StepData = ChapterData["steps"][number];
export type { MapView } from "../map/mapView";
