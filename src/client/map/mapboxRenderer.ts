import mapboxgl from "mapbox-gl";
import cssUrl from "mapbox-gl/dist/mapbox-gl.css?url";
import { loadStylesheet } from "./loadStylesheet";
import type { GLMapLike } from "./glMap";

/** How long the Mapbox style may take before the offline map is used instead. */
export const MAPBOX_TIMEOUT_MS = 10_000;

/**
 * Creates a Mapbox GL map with a Mapbox style (token from the build environment). Resolves when the
 * style has loaded; rejects on any error before that (bad token, offline, blocked) or after
 * MAPBOX_TIMEOUT_MS, so the caller can fall back to the offline MapLibre map.
 */
export async function createMapboxMap(
  container: HTMLElement,
  token: string,
  style: string,
): Promise<GLMapLike> {
  await loadStylesheet(cssUrl);
  return new Promise((resolve, reject) => {
    let map: mapboxgl.Map;
    try {
      map = new mapboxgl.Map({
        container,
        style,
        accessToken: token,
        interactive: true,
        renderWorldCopies: false,
        fadeDuration: 0,
        center: [2, 14],
        zoom: 4,
        projection: "mercator",
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        map.remove();
      } catch {
        // Already torn down.
      }
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const timer = setTimeout(
      () => fail(new Error(`Mapbox style did not load within ${MAPBOX_TIMEOUT_MS} ms`)),
      MAPBOX_TIMEOUT_MS,
    );
    map.on("error", (e: { error?: unknown }) => fail(e.error ?? new Error("Mapbox error")));
    map.once("load", () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(map as unknown as GLMapLike);
    });
  });
}

/** Zoom buttons for explore mode. */
export function addNavigation(map: GLMapLike): () => void {
  const control = new mapboxgl.NavigationControl({ showCompass: false });
  const m = map as unknown as mapboxgl.Map;
  m.addControl(control, "bottom-right");
  return () => m.removeControl(control);
}
