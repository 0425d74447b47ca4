import type { MapView } from "./mapView";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import type { Overlay, SourceLink } from "./overlay";
import type { MapContent } from "./mapLayers";
import { buildKind } from "./layers/registry";

/** One row of a map step's data table: what is drawn, when, where, its toll, and its sources. */
export interface FeatureRow {
  what: string;
  when: string;
  where: string;
  /** Toll or figure; "" when there is none (shown as a dash, never as zero). */
  toll: string;
  sources: SourceLink[];
}

export interface FeatureRowContext {
  data: StoryData;
  overlay: Overlay;
  strings: Strings;
  locale: string;
  content: MapContent;
}

/**
 * The data behind a map step, as table rows: the text alternative of the map's data layers, built
 * at build time from the same step config as the maps, so it works without JavaScript and prints.
 * Incidents without a location and events without a precise one are listed, and say so.
 */
export function featureRows(view: MapView, ctx: FeatureRowContext): FeatureRow[] {
  // In the order of content/map.json, whatever the step's order.
  return ctx.content.layers
    .filter((l) => view.layers.includes(l.id))
    .flatMap((layer) => buildKind(layer.kind).rows?.(layer, view, ctx) ?? []);
}
