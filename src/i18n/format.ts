/** Numbers and dates are formatted with Intl in the page's locale, never by hand. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Formats an ISO date (YYYY-MM-DD) as a calendar date, in UTC so the day never shifts. */
export function formatDate(iso: string, locale: string, style: "long" | "short" = "long"): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: "${iso}"`);
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: style === "long" ? "long" : "short",
    year: "numeric",
  }).format(d);
}

/** Formats a year-month (YYYY-MM). */
export function formatMonth(isoMonth: string, locale: string): string {
  const d = new Date(`${isoMonth}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "long", year: "numeric" }).format(d);
}

/**
 * Formats a date known to the day (YYYY-MM-DD) or only to the month (YYYY-MM), such as a source's
 * publication date, at that precision: "6 janvier 2026", "janvier 2026".
 */
export function formatPartialDate(iso: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  if (/^\d{4}-\d{2}$/.test(iso)) return formatMonth(iso, locale);
  throw new Error(`not a day (YYYY-MM-DD) or a month (YYYY-MM): "${iso}"`);
}
