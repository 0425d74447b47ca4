import { z } from "astro/zod";
import { DataError } from "./DataError";
import { num, optionalText } from "./fields";
import { readDataFile } from "./loadTable";
import { parseCsv } from "./parseCsv";
import { validate } from "./validate";

/** One year of a yearly series: the year, its value and where the row came from. */
export interface YearValue {
  year: number;
  value: number;
  /** The row's dataset version (the `version` column), if the chart names one. */
  version: string | null;
}

/** Which columns of a CSV file of content/data/ make a yearly series (content/charts.json). */
export interface YearlyColumns {
  /** The file, in content/data/. */
  file: string;
  /** The column of years. */
  year: string;
  /** The column of values (a blank cell stops the build: blank is not zero). */
  value: string;
  /** The column naming the dataset version of each row, for the source line. */
  version?: string;
}

/**
 * Reads one value per year from a CSV file of content/data/. Other columns are ignored; a missing
 * column, a blank or non-numeric cell, or a year given twice stops the build naming the file,
 * the line, the column and the value.
 */
export function loadYearlyColumn(cols: YearlyColumns): YearValue[] {
  const { text, shown } = readDataFile(cols.file);
  const { columns, rows } = parseCsv(text, shown);
  for (const c of [cols.year, cols.value, cols.version]) {
    if (c !== undefined && !columns.includes(c))
      throw new DataError({ file: shown, where: "line 1", field: c }, "column missing from the header");
  }
  const row = z.object({
    [cols.year]: num({ integer: true, min: 1000, max: 2100 }),
    [cols.value]: num(),
    ...(cols.version ? { [cols.version]: optionalText } : {}),
  });
  const seen = new Set<number>();
  return rows.map(({ line, values }) => {
    const picked = Object.fromEntries(Object.keys(row.shape).map((c) => [c, values[c]]));
    const r = validate(row, picked, { file: shown, where: `line ${line}` }) as Record<string, unknown>;
    const year = r[cols.year] as number;
    if (seen.has(year))
      throw new DataError(
        { file: shown, where: `line ${line}`, field: cols.year, value: year },
        "year given twice",
      );
    seen.add(year);
    return {
      year,
      value: r[cols.value] as number,
      version: cols.version ? ((r[cols.version] as string | null) ?? null) : null,
    };
  });
}
