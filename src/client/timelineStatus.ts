import { fillTemplate, pluralTemplate } from "../i18n/plural";

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
  return fillTemplate(
    pluralTemplate(forms, "timeline.showing", shown, locale) ?? "",
    { n: fmt.format(shown), total: fmt.format(total) },
    'string "timeline.showing"',
  );
}
