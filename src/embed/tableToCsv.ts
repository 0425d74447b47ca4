import type { ChartTable } from "../charts/chartKind";

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A chart's data table as CSV (RFC 4180): a first line naming source and licence (starting with
 * "#", as many tools read comments), then the column names, then one line per row. Links keep
 * their text; blank cells stay blank.
 */
export function tableToCsv(table: ChartTable, sourceLine: string): string {
  const lines = [
    `# ${sourceLine.replace(/[\r\n]+/g, " ")}`,
    table.columns.map((c) => cell(c.label)).join(","),
    ...table.rows.map((row) => row.map((c) => cell(typeof c === "string" ? c : c.text)).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
