/**
 * What a source's title is (timeline.json → sources[].title_kind), so the sources list
 * never prints a label or a title rebuilt from a web address in quotation marks as if it were
 * the headline:
 * - "headline": read from the page itself; printed in quotation marks;
 * - "fromAddress": rebuilt from the web address (URL slug); printed as is and marked;
 * - "label": a description we wrote (the headline was not seen); printed as is and marked.
 */
export type SourceTitleKind = "headline" | "fromAddress" | "label";

/**
 * The `lang` a source's title is marked with on a page in `pageLocale`: the title's language when
 * it differs from the page's, none when they match (the timeline, the sources and the map's popups).
 */
export function titleLangMark(titleLang: string, pageLocale: string): string | undefined {
  return titleLang === pageLocale ? undefined : titleLang;
}
