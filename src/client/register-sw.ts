import { LIVE_MAP_URL } from "../offline/liveMapUrls";

// Registers the offline service worker (see src/offline/serviceWorker.ts) once the page has
// loaded, so it never competes with the story for the first paint.
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  window.addEventListener("load", () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    // On a first visit the live map may load before the worker is in control: fetch it again
    // through the worker (from the browser's HTTP cache) so it is kept for offline use.
    const keepLiveMap = () => {
      for (const entry of performance.getEntriesByType("resource")) {
        if (LIVE_MAP_URL.test(entry.name)) fetch(entry.name).catch(() => undefined);
      }
    };
    if (navigator.serviceWorker.controller) keepLiveMap();
    else navigator.serviceWorker.addEventListener("controllerchange", keepLiveMap, { once: true });
  });
}
