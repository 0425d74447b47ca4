import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSW } from "workbox-build";
import { LIVE_MAP_URL } from "./liveMapUrls";

/**
 * Writes `sw.js` after the build (Workbox). It precaches the pages, styles, small scripts, static
 * graphics and data, so that after a first visit the site opens offline with every static map and
 * chart. The live map's code and basemap (about 2 MB) are cached when the map first loads rather
 * than precached, so phone readers on slow connections never download them unasked; a teacher who
 * scrolls through the story once has the live map offline too. A new version takes over on the next
 * visit, never in the middle of a lesson.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: "story:service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          swDest: `${globDirectory}/sw.js`,
          globPatterns: ["**/*.{html,css,js,mjs,svg,png,json,webmanifest,csv,pbf}"],
          // Social cards, embeds and downloads are for other sites, not for reading offline; the
          // Mapbox renderer needs the network anyway; the live map is cached at run time (below).
          // Only the embed dialog's snippets (embed/dialog.json, about 8 KB gzipped an edition) are
          // precached: the story's "Embed" button then works offline too.
          // Every edition is precached (`*/` is another edition's folder, /<tag>/): a class may
          // read the story in both languages, offline.
          globIgnores: [
            ...["og", "downloads"].flatMap((dir) => [`${dir}/**`, `*/${dir}/**`]),
            ...["embed/*/*", "embed/index.html", "embed/loader.js"].flatMap((p) => [p, `*/${p}`]),
            "**/*mapbox*",
            "**/*Renderer*",
            "**/*-worker*",
            // The basemap and overlay (the live map's data) are cached when the map loads; the
            // chapters' map configs (map/chapters/, a few KB each) are precached with the pages,
            // so that they always match the story's version.
            "map/*",
            "*/map/*",
            "sw.js",
          ],
          runtimeCaching: [
            {
              // Hashed map code and the basemap: safe to serve from the cache first.
              urlPattern: LIVE_MAP_URL,
              handler: "CacheFirst",
              options: { cacheName: "live-map", expiration: { maxEntries: 20 } },
            },
          ],
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
          // `/?present` and `/#chapter` open the same cached page.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: "index.html",
          // A new version waits for every tab of the old one to close (no skipWaiting). Claiming
          // is safe: it only happens when a version activates, so on a first visit the page is
          // served by the worker at once (and the live map caches itself), and on an update only
          // on the next visit.
          skipWaiting: false,
          clientsClaim: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: "production",
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
