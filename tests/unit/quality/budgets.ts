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
  /** Everything the first view loads: HTML, CSS, JS, eager images, fonts. */
  firstLoadTotal: 200 * 1024,
} as const;

/** "12.3 KB" */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
