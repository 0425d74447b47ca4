import { z } from "astro/zod";
import { isoMonth, num, optionalNum, optionalText, yesNo } from "./fields";
import { loadTable } from "./loadTable";
import { dataFileName, hasDataFile } from "./dataConfig";
import { dataFile } from "./contentDir";

/** One month of the monthly deaths table (story.json → data.files.monthlyDeaths). */
export const monthRow = z.object({
  /** The month, YYYY-MM. */
  month: isoMonth,
  /** Year (repeats `month`). */
  year: num({ integer: true, min: 1989, max: 2100 }),
  /** Month number 1–12 (repeats `month`). */
  month_num: num({ integer: true, min: 1, max: 12 }),
  /** VIEWS month id (1 = Jan 1980). */
  views_month_id: num({ integer: true, min: 1 }),
  /** State-based conflict deaths. */
  ged_sb: num({ integer: true, min: 0 }),
  /** One-sided violence (deliberate killing of civilians); blank = not available. */
  ged_os: optionalNum({ integer: true, min: 0 }),
  /** Non-state conflict deaths; blank before 2018 in this source (not zero). */
  ged_ns: optionalNum({ integer: true, min: 0 }),
  /** Where ged_os comes from. */
  os_source: optionalText,
  /** Where ged_ns comes from. */
  ns_source: optionalText,
  /** Caveats for this month, in words. */
  notes: optionalText,
  /** "yes" when the month's figures are preliminary (the chart marks them). */
  preliminary: yesNo,
});
export type MonthDeaths = z.output<typeof monthRow>;

export function loadMonthlyDeaths(): MonthDeaths[] {
  if (!hasDataFile("monthlyDeaths")) return [];
  const name = dataFileName("monthlyDeaths");
  const rows = loadTable(name, monthRow, { idColumn: "month" });
  rows.forEach((r, i) => {
    const expected = `${r.year}-${String(r.month_num).padStart(2, "0")}`;
    if (r.month !== expected) {
      throw new Error(
        `${dataFile(name).shown}, row ${i + 2}, field "month": "${r.month}" does not match year/month_num (${expected})`,
      );
    }
  });
  return rows;
}
