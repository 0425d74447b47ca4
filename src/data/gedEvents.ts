import { z } from "astro/zod";
import { isoDate, lat, lon, num, optionalNum, optionalText, text } from "./fields";
import { loadTable } from "./loadTable";
import { dataFileName, hasDataFile } from "./dataConfig";

/** The GED's three types of organised violence. */
export const violenceTypes = { 1: "state-based", 2: "non-state", 3: "one-sided" } as const;

/** One row of the events table (story.json → data.files.events): a georeferenced event in the GED format. */
export const gedRow = z.object({
  id: num({ integer: true, min: 1 }),
  date_start: isoDate,
  date_end: optionalText,
  date_prec: optionalText,
  year: num({ integer: true, min: 1989, max: 2100 }),
  /** 1 state-based, 2 non-state, 3 one-sided. */
  type_of_violence: z.enum(["1", "2", "3"]).transform((s) => Number(s) as 1 | 2 | 3),
  side_a: text,
  side_b: text,
  dyad_name: text,
  adm_1: optionalText,
  where_coordinates: optionalText,
  latitude: lat(),
  longitude: lon(),
  where_prec: optionalText,
  /** Best estimate of deaths. */
  deaths_best: num({ integer: true, min: 0 }),
  deaths_low: optionalNum({ integer: true, min: 0 }),
  deaths_high: optionalNum({ integer: true, min: 0 }),
  deaths_civilians: num({ integer: true, min: 0 }),
  source_version: text,
  adm_2: optionalText,
  where_description: optionalText,
  conflict_name: optionalText,
  deaths_a: num({ integer: true, min: 0 }),
  deaths_b: num({ integer: true, min: 0 }),
  deaths_unknown: num({ integer: true, min: 0 }),
  /** Our heuristic: the point is a generic stand-in (region/department/country), not the site. */
  coord_precision_guess: optionalText,
});
export type GedEvent = z.output<typeof gedRow>;

export function loadGedEvents(): GedEvent[] {
  if (!hasDataFile("events")) return [];
  return loadTable(dataFileName("events"), gedRow, { idColumn: "id" });
}
