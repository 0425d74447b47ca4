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
