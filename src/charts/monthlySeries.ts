import type { MonthDeaths } from "../data/conflictDeaths";
import type { MonthPoint } from "./chartInputs";

/**
 * The monthly series the chart draws: months from `from` (YYYY-MM) to the last month of the
 * data. A blank cell stays null (not recorded), never zero; a month is preliminary when the
 * source's notes say so.
 */
export function monthlySeries(rows: readonly MonthDeaths[], from: string): MonthPoint[] {
  return rows
    .filter((r) => r.month >= from)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({
      month: r.month,
      sb: r.ged_sb,
      os: r.ged_os,
      ns: r.ged_ns,
      preliminary: /prelim/i.test(r.notes ?? ""),
    }));
}
