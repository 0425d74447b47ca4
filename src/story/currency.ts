import { formatDate } from "../i18n/format";
import { translate, type Strings } from "../i18n/strings";

/** What the page says about how current it is. */
export interface Currency {
  /** Latest date the facts are verified to (story.json → factsAsOf). */
  factsAsOf: string;
  /** Last substantive update (story.json → updated), if any. */
  updated?: string | undefined;
}

/** A run of the currency line: plain text, or a date (shown in a <time> element). */
export interface CurrencyPart {
  text: string;
  /** ISO date when the run is a date. */
  date?: string;
}

/**
 * "Facts as of February 15, 2026; updated November 30, 2026" (en), as runs, from the locale's strings
 * (`currency.factsAsOf`, `currency.updated`, `currency.separator`). The header, the social cards
 * and the citation all use it, so they cannot disagree.
 */
export function currencyParts(c: Currency, strings: Strings, locale: string): CurrencyPart[] {
  const sentence = (key: string, iso: string): CurrencyPart[] => {
    const [before, after = ""] = translate(strings, key, { date: "\u0000" }).split("\u0000");
    return [{ text: before ?? "" }, { text: formatDate(iso, locale), date: iso }, { text: after }].filter(
      (p) => p.text !== "",
    );
  };
  const parts = sentence("currency.factsAsOf", c.factsAsOf);
  if (c.updated)
    parts.push(
      { text: translate(strings, "currency.separator") },
      ...sentence("currency.updated", c.updated),
    );
  return parts;
}

/** The currency line as plain text. */
export function currencyLine(c: Currency, strings: Strings, locale: string): string {
  return currencyParts(c, strings, locale)
    .map((p) => p.text)
    .join("");
}
