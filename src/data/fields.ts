import { z } from "astro/zod";

/**
 * Field types shared by the data schemas. CSV cells arrive as strings; these turn them
 * into typed values or fail with a message that says what was expected.
 * A blank cell becomes `null` where blank is allowed: blank is "not known", never zero.
 */

/** A lowercase id: letters, digits, `_` and `-`. */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "expected an id of lowercase letters, digits, _ or -" });

/** Years a date in this project may fall in: a typo such as 2203 is an error, not a date. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/** An ISO calendar date, YYYY-MM-DD, that exists, between DATE_YEARS. */
export const isoDate = z
  .string()
  .refine(
    (s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: "expected a date written YYYY-MM-DD" },
  )
  .refine(
    (s) => {
      const year = Number(s.slice(0, 4));
      return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
    },
    { error: `expected a date between ${DATE_YEARS.min} and ${DATE_YEARS.max}` },
  );

/** A year-month, YYYY-MM. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected a month written YYYY-MM" });

/** Text that may be blank; blank becomes null. */
export const optionalText = z.string().transform((s) => (s.trim() === "" ? null : s.trim()));

/** Required, non-blank text. */
export const text = z.string().trim().min(1, { error: "must not be blank" });

/** A yes/no column: "yes" or "no", nothing else (a blank is not "no"). */
export const yesNo = z.enum(["yes", "no"], { error: 'expected "yes" or "no"' }).transform((s) => s === "yes");

function numberCell(opts: { integer?: boolean; min?: number; max?: number; nullable: boolean }) {
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === "") {
      if (opts.nullable) return null;
      ctx.addIssue({ code: "custom", message: "must not be blank" });
      return z.NEVER;
    }
    const n = Number(s);
    if (!Number.isFinite(n) || !/^-?\d+(\.\d+)?$/.test(s)) {
      ctx.addIssue({ code: "custom", message: "expected a number" });
      return z.NEVER;
    }
    if (opts.integer && !Number.isInteger(n)) {
      ctx.addIssue({ code: "custom", message: "expected a whole number" });
      return z.NEVER;
    }
    if (opts.min !== undefined && n < opts.min) {
      ctx.addIssue({ code: "custom", message: `expected a number ≥ ${opts.min}` });
      return z.NEVER;
    }
    if (opts.max !== undefined && n > opts.max) {
      ctx.addIssue({ code: "custom", message: `expected a number ≤ ${opts.max}` });
      return z.NEVER;
    }
    return n;
  });
}

/** A number cell that must be present. */
export const num = (o: { integer?: boolean; min?: number; max?: number } = {}) =>
  numberCell({ ...o, nullable: false }) as z.ZodType<number, string>;
/** A number cell that may be blank (→ null). */
export const optionalNum = (o: { integer?: boolean; min?: number; max?: number } = {}) =>
  numberCell({ ...o, nullable: true }) as z.ZodType<number | null, string>;

/** Latitude in degrees, WGS84. */
export const lat = () => num({ min: -90, max: 90 });
/** Longitude in degrees, WGS84. */
export const lon = () => num({ min: -180, max: 180 });
/** Latitude that may be blank (location unknown). */
export const optionalLat = () => optionalNum({ min: -90, max: 90 });
/** Longitude that may be blank (location unknown). */
export const optionalLon = () => optionalNum({ min: -180, max: 180 });

/** A list of URLs separated by " | " in one cell. */
export const urlList = z.string().transform((s, ctx) => {
  const urls = s
    .split("|")
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of urls) {
    if (!/^https?:\/\/\S+$/.test(u)) {
      ctx.addIssue({ code: "custom", message: `not a URL: ${JSON.stringify(u)}` });
      return z.NEVER;
    }
  }
  return urls;
});
