import { pluralTemplate } from "../i18n/plural";

/**
 * The timeline filter's status line ("12 of 40 events shown"): the form of "timeline.showing" in
 * `forms` (the string and its plural forms, src/i18n/plural.ts) that `locale` takes for `shown`,
 * filled with the locale's numbers. Pure, for tests; client/timeline-filter.ts prints it.
 */
export function timelineStatus(
  forms: Record<string, string>,
  shown: number,
  total: number,
  locale: string,
): string {
  const fmt = new Intl.NumberFormat(locale);
  return (pluralTemplate(forms, "timeline.showing", shown, locale) ?? "")
    .replace("{n}", fmt.format(shown))
    .replace("{total}", fmt.format(total));
}
