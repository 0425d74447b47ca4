import type { Browser } from "playwright-core";
import { phone } from "../tests/e2e/browser.ts";
import type { Sent } from "./compressingServer.ts";

/** What the live map costs once it has loaded: code (JS, CSS, worker) and data, as sent. */
export interface MapBytes {
  /** Whether a map canvas appeared. */
  loaded: boolean;
  code: { bytes: number; sent: number };
  data: { bytes: number; sent: number };
  files: { path: string; sent: number }[];
}

const CODE = /\.(m?js|css)$/;
/** Static graphics (first paint, no-JS) and the page's own files are not the map's. */
const NOT_MAP = /^\/(graphics\/|favicon)/;

/**
 * Opens `url` on a phone, scrolls to the first map step, waits for the map canvas and a quiet
 * network, and sums what the server sent that the first load did not: the map library, its
 * worker and styles (code) and the basemap, overlays or tiles it fetched (data). `log` is the
 * server's log (bench/compressingServer.ts); `firstLoad` the paths the page loads by itself.
 */
export async function mapLoadBytes(
  browser: Browser,
  url: string,
  log: Sent[],
  firstLoad: Set<string>,
): Promise<MapBytes> {
  // The service worker would add its precache and a second copy of what it caches: not the map's cost.
  const context = await browser.newContext({ ...phone, serviceWorkers: "block" });
  const page = await context.newPage();
  const start = log.length;
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => {
    const step = document.querySelector('.step[data-kind="map"]');
    if (step) window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
  });
  const loaded = await page
    .waitForSelector("canvas.maplibregl-canvas, canvas.mapboxgl-canvas", {
      state: "attached",
      timeout: 30_000,
    })
    .then(() => true)
    .catch(() => false);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  await context.close();
  const files = log
    .slice(start)
    .filter((s) => !firstLoad.has(s.path) && !NOT_MAP.test(s.path) && !s.type.startsWith("text/html"));
  const sum = (xs: Sent[]) => ({
    bytes: xs.reduce((n, s) => n + s.bytes, 0),
    sent: xs.reduce((n, s) => n + s.sent, 0),
  });
  return {
    loaded,
    code: sum(files.filter((s) => CODE.test(s.path))),
    data: sum(files.filter((s) => !CODE.test(s.path))),
    files: files.map((s) => ({ path: s.path, sent: s.sent })),
  };
}
