import { createRequire } from "node:module";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { geoArea } from "d3-geo";
import { z } from "astro/zod";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { DataError } from "./DataError";
import { loadJson, loadTable } from "./loadTable";
import { dataFileName, hasDataFile } from "./dataConfig";
import { dataFile } from "./contentDir";

const require = createRequire(import.meta.url);

import { slugify } from "./slugify";

export { slugify };

/** One row of the countries table: the countries the maps name, by ISO code. */
export const countryRow = z.object({
  /** ISO 3166-1 alpha-3 code, used in chapters. */
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: "expected a 3-letter ISO code" }),
  /** ISO 3166-1 numeric code = the feature id in the npm package world-atlas. */
  iso_numeric: z.string().regex(/^\d{3}$/, { error: "expected a 3-digit ISO numeric code" }),
  /** Name shown to readers. */
  name: z.string().min(1),
});

export interface Country {
  iso3: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** Countries of the region with their borders (world-atlas 1:50m, from Natural Earth). */
export function loadCountries(): Country[] {
  const name = dataFileName("countries");
  const rows = loadTable(name, countryRow, { idColumn: "iso3" });
  const topo = require("world-atlas/countries-50m.json") as Topology<{
    countries: GeometryCollection;
  }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const byId = new Map(all.features.map((f) => [String(f.id), f]));
  return rows.map((row, i) => {
    const f = byId.get(row.iso_numeric);
    if (!f) {
      throw new DataError(
        {
          file: dataFile(name).shown,
          where: `line ${i + 2}`,
          field: "iso_numeric",
          value: row.iso_numeric,
        },
        "no country with this id in world-atlas",
      );
    }
    return { iso3: row.iso3, name: row.name, geometry: f.geometry };
  });
}

const admin1Schema = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z
          .object({
            name_en: z.string().min(1),
            iso_3166_2: z.string().regex(/^[A-Z]{2}-\w+$/),
            label_lat: z.number(),
            label_lon: z.number(),
          })
          .loose(),
        geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]) }).loose(),
      }),
    )
    .min(1),
});

export interface Region {
  /** Slug of the English name ("Zinder Région" → "zinder-region"). */
  id: string;
  name: string;
  label: [number, number];
  geometry: Polygon | MultiPolygon;
}

/**
 * d3-geo reads polygon rings by their winding on the sphere: a ring wound the GeoJSON (RFC 7946)
 * way encloses the rest of the world. Rings are reversed where needed so each polygon is small.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polygons.map((rings) => {
    const area = geoArea({ type: "Polygon", coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  });
  return (
    geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: fixed[0]! }
      : { type: "MultiPolygon", coordinates: fixed }
  ) as G;
}

/** The first-level regions of the regions file (Natural Earth admin-1 format). */
export function loadRegions(): Region[] {
  const fc = loadJson(dataFileName("regions"), admin1Schema);
  return fc.features.map((f) => ({
    id: slugify(f.properties.name_en),
    name: f.properties.name_en,
    label: [f.properties.label_lon, f.properties.label_lat],
    geometry: rewindForD3(f.geometry as unknown as Polygon | MultiPolygon),
  }));
}

const riverSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z.object({ name: z.string().min(1) }).loose(),
        geometry: z.object({ type: z.enum(["LineString", "MultiLineString"]) }).loose(),
      }),
    )
    .min(1),
});

/** The lines file (rivers, roads …), as one feature named after its first feature. */
export function loadRiver(): Feature<MultiLineString> {
  if (!hasDataFile("lines"))
    return { type: "Feature", properties: {}, geometry: { type: "MultiLineString", coordinates: [] } };
  const fc = loadJson(dataFileName("lines"), riverSchema);
  const lines: number[][][] = [];
  for (const f of fc.features) {
    const g = f.geometry as unknown as { type: string; coordinates: number[][] | number[][][] };
    if (g.type === "LineString") lines.push(g.coordinates as number[][]);
    else lines.push(...(g.coordinates as number[][][]));
  }
  return {
    type: "Feature",
    properties: { name: fc.features[0]!.properties.name },
    geometry: { type: "MultiLineString", coordinates: lines },
  };
}
