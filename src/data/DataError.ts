/**
 * The one error type for bad content or data. Its message always names the file,
 * where in the file (line, row id or step), the field and the offending value,
 * so a failed build tells the author exactly what to fix.
 */
export interface DataErrorLocation {
  /** Path of the file, relative to the project root (e.g. `content/data/places.csv`). */
  file: string;
  /** Where in the file: "line 12", "row \"some_place\"", "step \"some-step\"". */
  where?: string;
  /** Field name or path (e.g. `lat`, `steps[2].map.places[0]`). */
  field?: string;
  /** The value found, if any. */
  value?: unknown;
}

export class DataError extends Error {
  readonly location: DataErrorLocation;

  constructor(location: DataErrorLocation, problem: string) {
    super(formatDataError(location, problem));
    this.name = "DataError";
    this.location = location;
  }
}

function showValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return String(value);
  }
}

export function formatDataError(loc: DataErrorLocation, problem: string): string {
  const parts = [loc.file];
  if (loc.where) parts.push(loc.where);
  if (loc.field) parts.push(`field "${loc.field}"`);
  const head = parts.join(", ");
  const value = "value" in loc ? ` (value: ${showValue(loc.value)})` : "";
  return `${head}: ${problem}${value}`;
}
