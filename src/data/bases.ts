import { z } from "astro/zod";
import { id, isoDate, optionalText, text } from "./fields";
import { loadTable } from "./loadTable";
import { checkDeclared, dataFileName, hasDataFile } from "./dataConfig";
import { dataFile } from "./contentDir";

/** One row of the sites table (story.json → data.files.sites): a base used by a force. */
export const baseRow = z.object({
  /** Whose troops: one of story.json → data.forces. */
  force: text,
  /** Name of the base as shown to readers. */
  base: text,
  /** Place id in places.csv. */
  place_id: id,
  /** What the base was for. */
  role: text,
  /** Troop figure as reported (text: "~1,000 (Oct 2023, AFP)"). */
  troops_reported: text,
  /** Date by which the force had left. */
  left_by: isoDate,
  /** Event in timeline.json that sources the departure. */
  left_by_source_event_id: id,
  /** high / medium / low. */
  confidence: text,
  /** Free notes. */
  notes: optionalText,
});
export type Base = z.output<typeof baseRow>;

export function loadBases(): Base[] {
  if (!hasDataFile("sites")) return [];
  const name = dataFileName("sites");
  const rows = loadTable(name, baseRow);
  rows.forEach((r, i) =>
    checkDeclared(r.force, "forces", { file: dataFile(name).shown, where: `line ${i + 2}`, field: "force" }),
  );
  return rows;
}
