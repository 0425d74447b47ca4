import type { TroopFigure } from "../data/troops";
import { isApproximateFigure } from "../data/troops";
import type { ForceKey, TroopPoint } from "./chartInputs";

/**
 * Which rows of troops.csv the chart plots: the country-wide figure for each date from `from`
 * (the coup) on. A row counts as country-wide when its location is Niger as a whole ("Niger",
 * "Niger (total)", "Niger (remaining)") or when it reports everything that remained in the
 * country (the US rows of July and August 2024 name the last base, or the embassy, where all the
 * remaining troops were). Figures for single bases are left out: they are parts, not totals.
 */
export function isCountryTotal(t: Pick<TroopFigure, "location" | "description">): boolean {
  return /^Niger\b/.test(t.location) || /\bremain(?:ing|ed)\b/i.test(`${t.location} ${t.description}`);
}

const FORCE_KEY: Record<TroopFigure["force"], ForceKey> = { France: "france", "United States": "us" };

export function troopTotals(
  rows: readonly TroopFigure[],
  from: string,
): { force: ForceKey; points: TroopPoint[] }[] {
  const keys: ForceKey[] = ["france", "us"];
  return keys.map((force) => {
    const points = rows
      .filter((t) => FORCE_KEY[t.force] === force && t.date >= from && isCountryTotal(t))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((t) => ({
        date: t.date,
        troops: t.troops,
        approx: t.troops > 0 && isApproximateFigure(t.qualifier),
        qualifier: t.qualifier,
        location: t.location,
        source: t.source,
        url: t.url,
      }));
    const dates = points.map((p) => p.date);
    const dup = dates.find((d, i) => dates.indexOf(d) !== i);
    if (dup) throw new Error(`content/data/troops.csv: two country-wide ${force} figures for ${dup}`);
    return { force, points };
  });
}
