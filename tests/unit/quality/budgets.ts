/**
 * Size budgets, gzipped (what a static host sends), 1 KB = 1024 bytes. The quality tests fail
 * with the figure and the budget when a build goes over; the benchmark reports against them.
 */
export const budgets = {
  /** JavaScript a page runs before any interaction (entries + static imports + inline). */
  firstLoadJs: 30 * 1024,
  /** Each first-load entry script on its own. */
  firstLoadEntry: 30 * 1024,
  /** Stylesheets a page loads at first, together. */
  firstLoadCss: 20 * 1024,
  /**
   * Each chunk loaded later with import(): the map library is the big one. MapLibre GL 6 is about
   * 290 KB gzipped on its own; this leaves room for the adapter, not for a second library.
   */
  lazyChunk: 320 * 1024,
  /**
   * The story's HTML, in each edition (dist/index.html, dist/fr/index.html). Its chapters' charts,
   * data tables and map configs are files of their own, fetched when near (issue 13): what is left
   * is the text, its sources without their addresses (swapped in when near) and what paper prints.
   * 123 KB before that. The French runs about 12 % longer than the English.
   */
  storyHtml: 40 * 1024,
  /**
   * What the story's HTML sends before the opening of its first chapter (headline, dek, contents,
   * the first step's first paragraph): about what a first round trip brings on a new connection
   * (TCP's initial window, ten packets), so the first screen paints without waiting for more.
   */
  storyOpening: 14 * 1024,
  /** Everything the first view loads: HTML, CSS, JS, eager images, fonts (service worker aside). */
  firstLoadTotal: 200 * 1024,
  /**
   * What the service worker downloads in the background at the first visit, for reading offline:
   * pages, static graphics and first-load code (the map library is cached only once it loads).
   * About 420 KB in early November 2026; 664 KB after chapter 8, /handout/ and the larger data of
   * the update (30 November 2026), a third of it the story's own HTML (120 KB gzipped). Moving the
   * data tables, chart SVGs and map configs out of that HTML (issue 13) took the story to 36 KB
   * but not the total down: they are precached too, as the chapters' data pages (66 KB), the
   * sources page (15 KB) and the map configs (16 KB), for offline reading; 679 KB in all for one
   * edition. One worker serves every edition (story.json → locales), so that a class can switch
   * languages offline: the budget is 700 KB per edition. More than half of each edition is its
   * static graphics (their labels are words, so each edition has its own). Precaching only the
   * edition the reader opened is the fix if phone readers need it.
   */
  serviceWorkerPrecache: 2 * 700 * 1024,
} as const;

/**
 * Lazy chunks with a budget of their own, matched by file name. Each needs a reason a reviewer
 * can check; a chunk that matches none gets `budgets.lazyChunk`.
 */
export const lazyChunkBudgets: { file: RegExp; budget: number; why: string }[] = [
  {
    file: /mapbox/i,
    budget: 540 * 1024,
    why: "Mapbox GL JS v3 (about 510 KB gzipped): loaded only when PUBLIC_MAPBOX_TOKEN is set, never in default mode",
  },
];

/** The budget of a lazily loaded chunk, and why when it is not the default one. */
export function lazyBudgetFor(url: string): { budget: number; why?: string } {
  const special = lazyChunkBudgets.find((b) => b.file.test(url.split("/").at(-1) ?? url));
  return special ? { budget: special.budget, why: special.why } : { budget: budgets.lazyChunk };
}

/**
 * Known overruns and defects, each with its cause and its fix, keyed by check and page (`*` matches
 * any run of characters). A waived check still runs and is expected to fail (vitest `it.fails`):
 * when the fix lands it passes, vitest reports the unexpected pass, and the waiver must be deleted.
 * Keep this list short, and empty when possible.
 */
export const waivers: Record<string, string> = {};

/** The waiver of a check (`"first-view /embed/map-x/"`), if one matches. */
export function waiverFor(key: string, table: Record<string, string> = waivers): string | undefined {
  for (const [pattern, why] of Object.entries(table)) {
    const re = new RegExp(
      `^${pattern
        .split("*")
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    if (re.test(key)) return why;
  }
  return undefined;
}

/** "12.3 KB" */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
