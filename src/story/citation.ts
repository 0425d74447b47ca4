/**
 * Citations of the story in three styles. Dates go through Intl in the edition's locale, and the
 * few words of the styles ("Accessed", "last modified") come from its strings; no date is made up at build time: where a style wants the day the reader
 * saw the page, the citation holds a placeholder for the reader to fill in.
 */

export interface CitationInput {
  /** The story's headline (story.json → headline), in sentence case. */
  title: string;
  /** The organisation that publishes the story (story.json → project); never a person. */
  organisation: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Last substantive update, YYYY-MM-DD, if any. */
  updated?: string | undefined;
  /** Canonical address of the story. */
  url: string;
  /** What the reader writes in place of the access date (e.g. "[date]"). */
  accessedPlaceholder: string;
  /** The edition's locale: month names and day order come from Intl. */
  locale: string;
  /** The styles' words in the edition's language: `{date}` is filled in. */
  words: { accessed: string; lastModified: string };
  /**
   * Whether MLA and Chicago capitalise the title's words, as English titles do; languages that
   * write titles in sentence case keep the headline as it is.
   */
  titleCase: boolean;
}

/** A run of citation text; `italic` runs are set in italics on the page. */
export interface Segment {
  text: string;
  italic?: boolean;
}

export type CitationStyle = "apa" | "mla" | "chicago";
export const citationStyles: CitationStyle[] = ["apa", "mla", "chicago"];

function parts(
  iso: string,
  locale: string,
): { year: string; month: string; short: string; day: string; long: string } {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`citation: not a date "${iso}"`);
  const get = (opt: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...opt }).format(d);
  return {
    year: get({ year: "numeric" }),
    month: get({ month: "long" }),
    short: get({ month: "short" }),
    day: get({ day: "numeric" }),
    long: get({ day: "numeric", month: "long", year: "numeric" }),
  };
}

/**
 * MLA abbreviates months longer than four letters: Jan., Feb., Sept., Nov.; May, June, July stay.
 * Where the locale's own short month already ends with a period (janv., sept.), that one is used.
 */
function mlaMonth(month: string, short: string): string {
  if (month.length <= 4) return month;
  if (short.endsWith(".")) return short;
  return month === "September" ? "Sept." : `${month.slice(0, 3)}.`;
}

// Words MLA and Chicago leave in lower case inside a title: articles, coordinating
// conjunctions, prepositions and "to", "as".
const minorWords = new Set(
  "a an the and but or nor for so yet as at by in of on to up via per from into onto with over after before under about than off out upon".split(
    " ",
  ),
);

/** Title case (MLA, Chicago): major words capitalised; the first and last words, and the first after a colon, always. */
export function titleCase(title: string): string {
  const words = title.split(" ");
  return words
    .map((w, i) => {
      const bare = w.toLowerCase().replace(/[^\p{L}'’-]/gu, "");
      const first = i === 0 || /[:?!]$/.test(words[i - 1]!);
      const last = i === words.length - 1;
      if (!first && !last && minorWords.has(bare)) return w.toLowerCase();
      return w.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join(" ");
}

/** Sentence case as APA keeps it, with the first word after a colon capitalised. */
export function apaSentenceCase(title: string): string {
  return title
    .replace(/^\p{L}/u, (c) => c.toUpperCase())
    .replace(/: (\p{L})/gu, (_, c: string) => `: ${c.toUpperCase()}`);
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** APA 7, web page by a group author that is also the site: no site name, no retrieval date. */
export function apa(c: CitationInput): Segment[] {
  const d = parts(c.updated ?? c.published, c.locale);
  return [
    { text: `${endWithPeriod(c.organisation)} (${d.year}, ${d.month} ${d.day}). ` },
    { text: apaSentenceCase(c.title), italic: true },
    { text: `${/[.?!]$/.test(c.title) ? "" : "."} ${c.url}` },
  ];
}

/**
 * MLA 9: the organisation is both author and publisher, so the entry starts with the title;
 * the URL without its scheme; the access date is optional and left for the reader to fill in.
 */
export function mla(c: CitationInput): Segment[] {
  const d = parts(c.updated ?? c.published, c.locale);
  const url = c.url.replace(/^https?:\/\//, "");
  return [
    { text: `“${endWithPeriod(c.titleCase ? titleCase(c.title) : c.title)}” ` },
    { text: c.organisation, italic: true },
    {
      text: `, ${d.day} ${mlaMonth(d.month, d.short)} ${d.year}, ${endWithPeriod(url)} ${c.words.accessed.replace("{date}", c.accessedPlaceholder)}.`,
    },
  ];
}

/**
 * Chicago (notes and bibliography), bibliography entry for a web page: the organisation
 * stands in as author; a dated page needs no access date; an update is "Last modified".
 */
export function chicago(c: CitationInput): Segment[] {
  const d = parts(c.updated ?? c.published, c.locale);
  // Chicago writes "Month day, year"; the locale's long date where it orders them otherwise.
  const date = d.long.startsWith(d.month) ? `${d.month} ${d.day}, ${d.year}` : d.long;
  return [
    {
      text: `${endWithPeriod(c.organisation)} “${endWithPeriod(c.titleCase ? titleCase(c.title) : c.title)}” `,
    },
    { text: c.organisation, italic: true },
    { text: `, ${c.updated ? c.words.lastModified.replace("{date}", date) : date}. ${endWithPeriod(c.url)}` },
  ];
}

export const citation: Record<CitationStyle, (c: CitationInput) => Segment[]> = { apa, mla, chicago };

/** The citation as plain text, as it is copied. */
export function citationText(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}

/** Reads the strings' `cite.titleCase`: "title" (capitalise the words) or "sentence" (keep them). */
export function citationTitleCase(value: string): boolean {
  if (value !== "title" && value !== "sentence")
    throw new Error(`content/i18n: "cite.titleCase" must be "title" or "sentence" (value: "${value}")`);
  return value === "title";
}
