import { z } from "astro/zod";
import { id, lat, lon, optionalText, text, yesNo } from "./fields";
import { loadTable } from "./loadTable";
import { dataFileName } from "./dataConfig";

/** One row of the places table: a named point on the map, with its provenance. */
export const placeRow = z.object({
  /** Stable id that chapters and other files refer to. */
  id,
  /** Name as shown to readers. */
  name: text,
  /** Other spellings, `;`-separated. */
  name_alt: optionalText,
  /** ISO 3166-1 alpha-3 country code; blank for points that are not in one country (tripoint). */
  country_iso3: z
    .string()
    .regex(/^([A-Z]{3})?$/, { error: "expected a 3-letter ISO code or blank" })
    .transform((s) => s || null),
  /** First-level unit (free text, as sourced). */
  admin1: optionalText,
  /** What kind of place (capital, town, military base / airport, ...). */
  kind: text,
  /** Latitude, WGS84 degrees. */
  lat: lat(),
  /** Longitude, WGS84 degrees. */
  lon: lon(),
  /** How precise the coordinate is, in words. */
  coord_precision: text,
  /** "yes" when the coordinate is an estimate (derived, or known only to some kilometres). */
  coord_approximate: yesNo,
  /** "as published", "derived", "computed" ... */
  coord_method: text,
  /** Where the coordinate comes from. */
  coord_source: text,
  /** Link(s) to the source. */
  source_url: text,
  /** high / medium / low ... */
  confidence: text,
  /** Free notes. */
  notes: optionalText,
});
export type PlaceRow = z.output<typeof placeRow>;
/** A place; `approximate` (the column `coord_approximate`): the coordinate is an estimate. */
export type Place = Omit<PlaceRow, "coord_approximate"> & { approximate: boolean };

export function loadPlaces(): Place[] {
  return loadTable(dataFileName("places"), placeRow, { idColumn: "id" }).map(
    ({ coord_approximate, ...row }) => ({ ...row, approximate: coord_approximate }),
  );
}
