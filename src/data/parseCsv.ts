import { DataError } from "./DataError";

export interface CsvRow {
  /** 1-based line number of the row's first line in the file (the header is line 1). */
  line: number;
  /** Cell values by column name. Blank cells are empty strings. */
  values: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes).
 * A row with more or fewer cells than the header is an error, never padded or cut.
 */
export function parseCsv(text: string, file: string): { columns: string[]; rows: CsvRow[] } {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };

  while (i < src.length) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      if (ch === "\n") line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (cell !== "") {
        throw new DataError({ file, where: `line ${line}` }, "a quote may only open a cell");
      }
      inQuotes = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new DataError({ file, where: `line ${recordLine}` }, "unclosed quote");
  if (cell !== "" || cells.length > 0) endRecord();

  const header = records.shift();
  if (!header) throw new DataError({ file }, "the file is empty (no header line)");
  const columns = header.cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === "") throw new DataError({ file, where: "line 1" }, "empty column name in the header");
    if (seen.has(c)) throw new DataError({ file, where: "line 1", field: c }, "duplicate column");
    seen.add(c);
  }
  const rows = records.map(({ line: rowLine, cells: rowCells }) => {
    if (rowCells.length !== columns.length) {
      throw new DataError(
        { file, where: `line ${rowLine}` },
        `expected ${columns.length} cells (as in the header), found ${rowCells.length}`,
      );
    }
    const values: Record<string, string> = {};
    columns.forEach((c, k) => (values[c] = rowCells[k] ?? ""));
    return { line: rowLine, values };
  });
  return { columns, rows };
}
