import { z } from "astro/zod";

const lonLat = z.tuple([
  z.number().min(-180, { error: "longitude must be ≥ -180" }).max(180, { error: "longitude must be ≤ 180" }),
  z.number().min(-90, { error: "latitude must be ≥ -90" }).max(90, { error: "latitude must be ≤ 90" }),
]);

/** A calendar year of the events data. */
const year = z
  .number()
  .int({ error: "a year must be a whole number" })
  .min(1989, { error: "event data start in 1989" })
  .max(2100, { error: "a year must be ≤ 2100" });

/**
 * The map view of a step (its frontmatter `map`): what to frame, which places to mark and which
 * declared layers (content/map.json) to show. References are plain strings here; the chapter
 * schema checks them once per step, so an error names the step as well as the field and value.
 */
export function makeMapViewSchema() {
  const ids = z.array(z.string());

  /** What the map frames: the union of these, fitted with padding to the graphic. */
  const frame = z
    .strictObject({
      /** Places (places.csv ids) that must be in view. */
      places: ids.default([]),
      /** Regions (slugs of their English names) that must be in view. */
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
    /** Layers to show: ids declared in content/map.json. */
    layers: ids.default([]),
    /** Regions and countries to emphasise. */
    highlight: z
      .strictObject({
        regions: ids.default([]),
        countries: ids.default([]),
      })
      .default({ regions: [], countries: [] }),
    /** Route layers: how much of the schematic route is drawn; all of it if omitted. */
    route: z
      .strictObject({
        /** Share of the route drawn from its start: 0 = none, 1 = all the way to the end. */
        progress: z
          .number()
          .min(0, { error: "route progress must be between 0 and 1" })
          .max(1, { error: "route progress must be between 0 and 1" }),
      })
      .optional(),
    /**
     * Incidents layers: only the incidents on or before this day (YYYY-MM-DD), so that a step about
     * one moment does not show what came later; every incident if omitted.
     */
    incidentsUntil: z
      .preprocess(
        // YAML reads an unquoted 2023-10-02 as a Date: take its calendar day back.
        (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
        z.iso.date({ error: "incidentsUntil must be a date, YYYY-MM-DD" }),
      )
      .optional(),
    /** Events layers: the years shown, [first, last]; every year if omitted. */
    eventYears: z
      .tuple([year, year])
      .refine(([from, to]) => from <= to, { error: "eventYears must be [first, last] with first ≤ last" })
      .optional(),
  });

  return mapView;
}

export type MapView = z.output<ReturnType<typeof makeMapViewSchema>>;
