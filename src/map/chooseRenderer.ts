/** Which map a reader gets. */
export type RendererChoice =
  | { kind: "static"; reason: "no-webgl" | "failed" }
  | { kind: "maplibre" }
  | { kind: "mapbox"; token: string; style: string };

/** The build-time environment the choice depends on (import.meta.env on the client). */
export interface RendererEnv {
  PUBLIC_MAPBOX_TOKEN?: string | undefined;
  PUBLIC_MAPBOX_STYLE?: string | undefined;
}

/** Mapbox's light and dark styles: the default when PUBLIC_MAPBOX_STYLE is not set. */
export const DEFAULT_MAPBOX_STYLE = {
  light: "mapbox://styles/mapbox/light-v11",
  dark: "mapbox://styles/mapbox/dark-v11",
};

/**
 * Picks the renderer: the static SVG when WebGL is unavailable; Mapbox GL when a public token was
 * given at build time; otherwise MapLibre with the offline basemap. A secret token (`sk.`) is
 * refused: it must never reach a browser.
 */
export function chooseRenderer(
  env: RendererEnv,
  webglAvailable: boolean,
  scheme: "light" | "dark" = "light",
): RendererChoice {
  if (!webglAvailable) return { kind: "static", reason: "no-webgl" };
  const token = env.PUBLIC_MAPBOX_TOKEN?.trim();
  if (token && !token.startsWith("sk.")) {
    const style = env.PUBLIC_MAPBOX_STYLE?.trim() || DEFAULT_MAPBOX_STYLE[scheme];
    return { kind: "mapbox", token, style };
  }
  return { kind: "maplibre" };
}

/**
 * What to try when a renderer fails: Mapbox (bad token, offline, blocked) falls back to the
 * offline MapLibre map; MapLibre falls back to the static map. Never a blank box.
 */
export function fallbackFor(failed: RendererChoice["kind"]): RendererChoice {
  if (failed === "mapbox") return { kind: "maplibre" };
  return { kind: "static", reason: "failed" };
}

/**
 * Whether this browser can draw the live map: MapLibre 6 and Mapbox GL 3 both need WebGL 2.
 * Tested on a throwaway canvas; false when WebGL is disabled or blocked.
 */
export function detectWebgl(doc: Pick<Document, "createElement"> = document): boolean {
  try {
    const canvas = doc.createElement("canvas") as HTMLCanvasElement;
    const gl = canvas.getContext("webgl2");
    if (!gl) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    return false;
  }
}
