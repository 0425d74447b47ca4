import { z } from "astro/zod";
import {
  id,
  isoDate,
  optionalLat,
  optionalLon,
  optionalNum,
  optionalText,
  text,
  urlList,
  yesNo,
} from "./fields";
import { loadTable } from "./loadTable";
import { dataFileName, hasDataFile } from "./dataConfig";

/** One row of the incidents table (story.json → data.files.incidents): an attack and its tolls. */
export const attackRow = z.object({
  /** Same id as the event in timeline.json. */
  event_id: id,
  /** Local date of the attack. */
  date: isoDate,
  /** Name as shown to readers. */
  name: text,
  /** Place id in places.csv; blank when no location was gathered. */
  place_id: z.string().transform((s) => s.trim() || null),
  /** Latitude (copied from places.csv); blank when unknown. */
  lat: optionalLat(),
  /** Longitude; blank when unknown. */
  lon: optionalLon(),
  /** How sure the location is, in words ("none": no location). */
  coord_confidence: text,
  /** "yes" when the point is an estimate, not the published site of the attack. */
  coord_approximate: yesNo,
  /** First-level region (as sourced; may say sources conflict). */
  region: text,
  /** Soldiers killed, official figure; blank = not reported. */
  soldiers_killed_official: optionalNum({ integer: true, min: 0 }),
  /** Civilians killed, official figure; blank = not reported. */
  civilians_killed_official: optionalNum({ integer: true, min: 0 }),
  /** Wounded, official figure; blank = not reported. */
  wounded_official: optionalNum({ integer: true, min: 0 }),
  /** Attackers killed as claimed by the army: text, never a verified number. */
  attackers_killed_claimed: optionalText,
  /** Who carried it out, as far as sources say. */
  perpetrator: optionalText,
  /** Free notes. */
  notes: optionalText,
  /** Source URLs, " | "-separated. */
  sources: urlList,
});
/** An attack; `approximate` (the column `coord_approximate`): the point is an estimate. */
export type Attack = Omit<z.output<typeof attackRow>, "coord_approximate"> & { approximate: boolean };

export function loadAttacks(): Attack[] {
  if (!hasDataFile("incidents")) return [];
  return loadTable(dataFileName("incidents"), attackRow, { idColumn: "event_id" }).map(
    ({ coord_approximate, ...a }) => ({ ...a, approximate: coord_approximate }),
  );
}
