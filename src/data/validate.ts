import type { z } from "astro/zod";
import { DataError } from "./DataError";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Renders a zod path as `steps[2].map.places[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join("");
}

/**
 * Validates `input` against `schema`; on failure throws a DataError naming the file,
 * the place in the file, the field and the value of the first problem (all problems are
 * listed in the message, one per line).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: { file: string; where?: string; fieldPrefix?: string },
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const field = [where.fieldPrefix, path].filter(Boolean).join(".") || undefined;
    return new DataError(
      { file: where.file, where: where.where, field, value: valueAt(input, issue.path) },
      issue.message,
    );
  });
  const first = errors[0]!;
  if (errors.length > 1) {
    first.message += errors
      .slice(1)
      .map((e) => `\n  also: ${e.message}`)
      .join("");
  }
  throw first;
}
