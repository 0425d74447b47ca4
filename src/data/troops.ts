import { z } from "astro/zod";
import { isoDate, num, text } from "./fields";
import { loadTable } from "./loadTable";
import { checkDeclared, dataFileName, hasDataFile } from "./dataConfig";
import { dataFile } from "./contentDir";

/** One row of `content/data/troops.csv`: a reported troop number at a date. */
export const troopRow = z.object({
  /** Whose troops. */
  force: text,
  /** Date the figure refers to. */
  date: isoDate,
  /** Number of troops as reported. */
  troops: num({ integer: true, min: 0 }),
  /**
   * How the source bounds the number: "about", "atLeast", "moreThan", or blank for an exact count.
   * Pages print an approximate figure with the string "about"; the qualifier below is the source's
   * wording, a note the engine does not read.
   */
  bound: z
    .enum(["about", "atLeast", "moreThan", ""], {
      error: 'expected "about", "atLeast", "moreThan" or blank (exact)',
    })
    .transform((s) => s || null),
  /** How the source qualifies it, in its words ("about", "more than", "exact (official)"). */
  qualifier: text,
  /** Where the troops were (text). */
  location: text,
  /** Place id in places.csv, blank for country-wide totals. */
  place_id: z.string().transform((s) => s.trim() || null),
  /** What the figure says. */
  description: text,
  /** Outlet(s). */
  source: text,
  /** Link to the source. */
  url: z.url({ error: "expected a URL" }),
  /** high / medium / low (with reason). */
  confidence: text,
});
export type TroopFigure = z.output<typeof troopRow> & {
  /** Another edition's words for the qualifier and the location (see src/data/dataWords.ts). */
  words?: { qualifier: string; location: string };
};

/** The qualifier and location of a troop figure as the page's edition prints them. */
export function troopWords(t: TroopFigure): { qualifier: string; location: string } {
  return t.words ?? { qualifier: t.qualifier, location: t.location };
}

export function loadTroops(): TroopFigure[] {
  if (!hasDataFile("troops")) return [];
  const name = dataFileName("troops");
  const rows = loadTable(name, troopRow);
  rows.forEach((r, i) =>
    checkDeclared(r.force, "forces", { file: dataFile(name).shown, where: `line ${i + 2}`, field: "force" }),
  );
  return rows;
}

/** True when the source gives the figure as approximate (any bound: "about", "more than" ...). */
export function isApproximateFigure(t: Pick<TroopFigure, "bound">): boolean {
  return t.bound !== null;
}
