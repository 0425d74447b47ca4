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

/** A reference that must exist in a set read from the data. */
function ref(ids: ReadonlySet<string>, what: string) {
  return z.string().refine((v) => ids.has(v), {
    error: (issue) => `unknown ${what} "${String(issue.input)}" (known: ${[...ids].join(", ")})`,
  });
}

const lonLat = z.tuple([
  z.number().min(-180, { error: "longitude must be ≥ -180" }).max(180, { error: "longitude must be ≤ 180" }),
  z.number().min(-90, { error: "latitude must be ≥ -90" }).max(90, { error: "latitude must be ≤ 90" }),
]);

export function makeChapterSchema(refs: ChapterRefs) {
  const place = ref(refs.placeIds, "place id");
  const region = ref(refs.regionIds, "region id");
  const country = ref(refs.countryIds, "country code");
  const layer = z
    .string()
    .refine((v) => (layerIds as readonly string[]).includes(v), {
      error: (issue) => `unknown layer id "${String(issue.input)}" (known: ${layerIds.join(", ")})`,
    })
    .transform((v) => v as LayerId);

  /** What the map frames: the union of these, fitted with padding to the graphic. */
  const frame = z
    .strictObject({
      /** Places (places.csv ids) that must be in view. */
      places: z.array(place).default([]),
      /** Niger regions (slugs of their English names) that must be in view. */
      regions: z.array(region).default([]),
      /** Countries (ISO alpha-3, countries.csv) that must be in view. */
      countries: z.array(country).default([]),
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
    places: z.array(place).default([]),
    /** Layers to show (see src/map/layers.ts). */
    layers: z.array(layer).default([]),
    /** Regions and countries to emphasise. */
    highlight: z
      .strictObject({
        regions: z.array(region).default([]),
        countries: z.array(country).default([]),
      })
      .default({ regions: [], countries: [] }),
  });

  /** A chart and the state it shows (see src/charts/registry.ts). */
  const chartView = z
    .strictObject({
      /** Chart id. */
      id: z.string(),
      /** One of the chart's states. */
      state: z.string(),
    })
    .superRefine((c, ctx) => {
      const states = (chartStates as Record<string, readonly string[]>)[c.id];
      if (!states) {
        ctx.addIssue({
          code: "custom",
          path: ["id"],
          input: c.id,
          message: `unknown chart id "${c.id}" (known: ${Object.keys(chartStates).join(", ")})`,
        });
      } else if (!states.includes(c.state)) {
        ctx.addIssue({
          code: "custom",
          path: ["state"],
          input: c.state,
          message: `unknown state "${c.state}" for chart "${c.id}" (known: ${states.join(", ")})`,
        });
      }
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
    });

  return z.strictObject({
    /** The chapter's headline. */
    title: z.string().trim().min(3),
    /** A one- or two-sentence summary shown under the headline and in the contents. */
    summary: z.string().trim().min(20),
    /** Short label for the contents and navigation (defaults to the title). */
    short: z.string().trim().optional(),
    /** The steps, in reading order; each needs a matching <Step id="..."> in the text. */
    steps: z.array(step).min(1, { error: "a chapter needs at least one step" }),
  });
}

export type ChapterData = z.output<ReturnType<typeof makeChapterSchema>>;
export type StepData = ChapterData["steps"][number];
export type MapView = NonNullable<StepData["map"]>;
export type ChartView = NonNullable<StepData["chart"]>;
