import type { Basemap } from "../../map/basemap";
import type { StoryMapConfig } from "../../map/mapConfig";
import type { Overlay, LayerData } from "../../map/overlay";
import type { RendererChoice } from "../../map/chooseRenderer";
import { fixedSourceIds, offlineStyle, storyLayers, type Palette } from "../../map/style";
import { liveKind } from "../../map/layers/liveRegistry";
import { addStoryLayers, type GLMapLike } from "./glMap";

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** The GeoJSON sources a declared layer draws from (routes start empty: applyStep draws them). */
function layerSources(id: string, data: LayerData): [string, unknown][] {
  return liveKind(data.kind).sources?.(id, data) ?? [];
}

/** Every source of the live map: the basemap, the places, and each declared layer's own. */
export function liveSources(basemap: Basemap, overlay: Overlay): Record<string, unknown> {
  const fixed: Record<(typeof fixedSourceIds)[number], unknown> = { basemap, places: overlay.places };
  return {
    ...fixed,
    ...Object.fromEntries(Object.entries(overlay.layers).flatMap(([id, d]) => layerSources(id, d))),
  };
}

export interface LoadedMap {
  map: GLMapLike;
  renderer: "maplibre" | "mapbox";
  basemap: Basemap;
  overlay: Overlay;
  addNavigation: (m: GLMapLike) => () => void;
}

/**
 * Loads the live map's data and its renderer: Mapbox GL when the page has a token (its style is
 * then the basemap, with the story's layers on top), else, or when Mapbox fails, MapLibre with the
 * offline basemap built from the repo.
 */
export async function loadLiveMap(
  container: HTMLElement,
  config: StoryMapConfig,
  choice: Exclude<RendererChoice, { kind: "static" }>,
  colours: Palette,
): Promise<LoadedMap> {
  const [basemap, overlay] = await Promise.all([
    fetchJson<Basemap>(config.basemapUrl),
    fetchJson<Overlay>(config.overlayUrl),
  ]);
  const sources = liveSources(basemap, overlay);
  if (choice.kind === "mapbox") {
    try {
      const mb = await import("./mapboxRenderer");
      const map = await mb.createMapboxMap(container, choice.token, choice.style);
      // Mapbox's own labels would repeat ours: the story labels every place it marks.
      for (const l of map.getStyle()?.layers ?? [])
        if (l.type === "symbol") map.setLayoutProperty(l.id, "visibility", "none");
      // Mapbox's style is the basemap; the story's own layers go on top of it, from the same
      // sources as on the offline map.
      addStoryLayers(map, sources, storyLayers(colours, config.layers));
      return { map, renderer: "mapbox", basemap, overlay, addNavigation: mb.addNavigation };
    } catch (e) {
      console.warn(
        `[story-map] The Mapbox map could not load (${e instanceof Error ? e.message : String(e)}): falling back to the offline MapLibre map.`,
      );
      container.replaceChildren();
    }
  }
  const ml = await import("./maplibreRenderer");
  const map = await ml.createMaplibreMap(container, offlineStyle(colours, sources, "", config.layers), false);
  return { map, renderer: "maplibre", basemap, overlay, addNavigation: ml.addNavigation };
}
