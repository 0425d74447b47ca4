import { z } from "astro/zod";
import { id, isoDate, optionalText, text } from "./fields";
import { loadTable } from "./loadTable";

/** The foreign forces the story follows. */
export const forces = ["France", "United States"] as const;
export type Force = (typeof forces)[number];

/** One row of `content/data/bases.csv`: a base used by French or US forces. */
export const baseRow = z.object({
  /** Whose troops. */
  force: z.enum(forces),
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
  return loadTable("bases.csv", baseRow);
}
