import { z } from "astro/zod";
import { chartStates, type ChartId } from "../charts/registry";
import { layerIds, type LayerId } from "../map/layers";

/** The ids a chapter may refer to, read from content/data (places, regions, countries). */
export interface ChapterRefs {
  placeIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
  countryIds: ReadonlySet<string>;
}

const stepId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "step id must be lowercase words joined by hyphens" });

const lonLat = z.tuple([
  z.number().min(-180, { error: "longitude must be ≥ -180" }).max(180, { error: "longitude must be ≤ 180" }),
  z.number().min(-90, { error: "latitude must be ≥ -90" }).max(90, { error: "latitude must be ≤ 90" }),
]);

/** A calendar year of the UCDP data. */
const year = z
  .number()
  .int({ error: "a year must be a whole number" })
  .min(1989, { error: "UCDP data start in 1989" })
  .max(2100, { error: "a year must be ≤ 2100" });

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
  // References are plain strings here and checked once per step (below), so that an error
  // names the step id as well as the field and the value.
  const ids = z.array(z.string());

  /** What the map frames: the union of these, fitted with padding to the graphic. */
  const frame = z
    .strictObject({
      /** Places (places.csv ids) that must be in view. */
      places: ids.default([]),
      /** Niger regions (slugs of their English names) that must be in view. */
      regions: ids.default([]),
      /** Countries (ISO alpha-3, countries.csv) that must be in view. */
      countries: ids.default([]),
      /** An explicit box, [[west, south], [east, north]] in degrees. */
      bounds: z
        .tuple([lonLat, lonLat])
        .refine(([[w, s], [e, n]]) => w < e && s < n, {
          error: "bounds must be [[west, south], [east, north]] with west < east and south < north",
        })
        .optional(),
    })
    .refine((f) => f.places.length + f.regions.length + f.countries.length > 0 || f.bounds, {
      error: "frame needs at least one place, region, country or bounds",
    });

  /** A map view: what to frame, which places to mark and which layers to show. */
  const mapView = z.strictObject({
    /** The area to fit in the graphic. */
    frame,
    /** Places to mark and label (places.csv ids). */
    places: ids.default([]),
    /** Layers to show (see src/map/layers.ts). */
    layers: ids.default([]).transform((v) => v as LayerId[]),
    /** Regions and countries to emphasise. */
    highlight: z
      .strictObject({
        regions: ids.default([]),
        countries: ids.default([]),
      })
      .default({ regions: [], countries: [] }),
    /** Layer "french-withdrawal": how much of the schematic route is drawn; all of it if omitted. */
    route: z
      .strictObject({
        /** Share of the route drawn from its start: 0 = none, 1 = all the way to the end. */
        progress: z
          .number()
          .min(0, { error: "route progress must be between 0 and 1" })
          .max(1, { error: "route progress must be between 0 and 1" }),
      })
      .optional(),
    /** Layer "conflict-events": the years shown, [first, last]; every year if omitted. */
    eventYears: z
      .tuple([year, year])
      .refine(([from, to]) => from <= to, { error: "eventYears must be [first, last] with first ≤ last" })
      .optional(),
  });

  /** A chart and the state it shows (see src/charts/registry.ts). */
  const chartView = z
    .strictObject({
      /** Chart id. */
      id: z.string(),
      /** One of the chart's states. */
      state: z.string(),
    })
    .transform((c) => c as { id: ChartId; state: string });

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
        const states = (chartStates as Record<string, readonly string[]>)[s.chart.id];
        if (!states) {
          ctx.addIssue({
            code: "custom",
            path: ["chart", "id"],
            input: s.chart.id,
            message: `step "${s.id}": unknown chart id "${s.chart.id}" (known: ${Object.keys(chartStates).join(", ")})`,
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
      check(s.map.layers, new Set<string>(layerIds), "layer id", ["layers"]);
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
export type MapView = NonNullable<StepData["map"]>;
export type ChartView = NonNullable<StepData["chart"]>;
