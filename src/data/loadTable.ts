import { readFileSync } from "node:fs";
import type { z } from "astro/zod";
import { DataError } from "./DataError";
import { dataFile } from "./contentDir";
import { parseCsv } from "./parseCsv";
import { validate } from "./validate";

/** Reads a file of `content/data/`, with a clear error when it is missing. */
export function readDataFile(name: string): { text: string; shown: string } {
  const { abs, shown } = dataFile(name);
  try {
    return { text: readFileSync(abs, "utf8"), shown };
  } catch {
    throw new DataError({ file: shown }, "file not found");
  }
}

/**
 * Loads a CSV file of `content/data/` and validates every row with `row`.
 * Unknown or missing columns are errors; so is any bad cell (file, line, column and value named).
 */
export function loadTable<S extends z.ZodObject>(
  name: string,
  row: S,
  opts: { idColumn?: string } = {},
): z.output<S>[] {
  const { text, shown } = readDataFile(name);
  const { columns, rows } = parseCsv(text, shown);
  const expected = Object.keys(row.shape);
  const missing = expected.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DataError(
      { file: shown, where: "line 1", field: missing[0] },
      "column missing from the header",
    );
  }
  const out = rows.map(
    ({ line, values }): z.output<S> =>
      validate(row.strict(), values, { file: shown, where: `line ${line}` }) as z.output<S>,
  );
  if (opts.idColumn) {
    const seen = new Map<unknown, number>();
    rows.forEach(({ line, values }) => {
      const key = values[opts.idColumn!];
      if (seen.has(key)) {
        throw new DataError(
          { file: shown, where: `line ${line}`, field: opts.idColumn, value: key },
          `duplicate id (first used on line ${seen.get(key)})`,
        );
      }
      seen.set(key, line);
    });
  }
  return out;
}

/** Loads and validates a JSON file of `content/data/`. */
export function loadJson<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const { text, shown } = readDataFile(name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new DataError({ file: shown }, `not valid JSON (${(e as Error).message})`);
  }
  return validate(schema, parsed, { file: shown });
}
