import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from "maplibre-gl";
import cssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import { loadStylesheet } from "./loadStylesheet";
// The worker is served from the site (worker-src 'self' in the CSP), never built from a string.
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { GLMapLike } from "./glMap";

/**
 * Creates the MapLibre map with the offline style (no glyphs, no sprite, no tiles: nothing from
 * another origin). Resolves once the style and its data are loaded; rejects if they fail.
 */
export async function createMaplibreMap(
  container: HTMLElement,
  style: object,
  attribution: boolean,
): Promise<GLMapLike> {
  setWorkerUrl(workerUrl);
  await loadStylesheet(cssUrl);
  return new Promise((resolve, reject) => {
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: style as ConstructorParameters<typeof MapLibreMap>[0]["style"],
        interactive: true,
        attributionControl: attribution ? { compact: true } : false,
        renderWorldCopies: false,
        fadeDuration: 0,
        center: [2, 14],
        zoom: 4,
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const onError = (e: { error: { message: string } }) => {
      map.remove();
      reject(new Error(e.error?.message || "MapLibre failed to load"));
    };
    map.once("error", onError);
    map.once("load", () => {
      map.off("error", onError);
      resolve(map as unknown as GLMapLike);
    });
  });
}

/** Zoom buttons for explore mode. */
export function addNavigation(map: GLMapLike): () => void {
  const control = new NavigationControl({ showCompass: false });
  const m = map as unknown as MapLibreMap;
  m.addControl(control, "bottom-right");
  return () => m.removeControl(control);
}
