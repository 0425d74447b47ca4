import type { MapStep } from "./mapStep";
import type { MapLayer } from "./mapLayers";

/** Strings the live map shows in the browser (popups, buttons), resolved at build time. */
export const clientStringKeys = [
  "map.explore",
  "map.backToStory",
  "map.exploreHint",
  "map.legend",
  "map.legendMore",
  "map.legendKey",
  "map.close",
  "map.sources",
  "map.approximateLocation",
  "map.soldiersKilled",
  "map.wounded",
  "map.civiliansKilled",
  "map.claim",
  "map.leftBy",
  "punctuation.colon",
] as const;
export type ClientStringKey = (typeof clientStringKeys)[number];

/** The strings of each kind of layer that its popups need, by part (`layer.<id>.<part>`). */
export const clientLayerParts: Partial<Record<MapLayer["kind"], readonly string[]>> = {
  events: ["deaths", "popup", "place"],
};

/**
 * What a chapter's <story-map> receives as JSON in the page: the steps it can show (computed at
 * build time from the chapter's frontmatter, like the static maps) and where its data lives.
 */
export interface StoryMapConfig {
  chapter: string;
  locale: string;
  basemapUrl: string;
  overlayUrl: string;
  /** The story's declared layers (content/map.json): the live map's style is built from them. */
  layers: MapLayer[];
  steps: MapStep[];
  /** After this step the reader may explore the map. */
  lastStepId: string;
  strings: Record<ClientStringKey, string>;
  /** Strings of the layers' popups, by layer id and part (see clientLayerParts). */
  layerStrings: Record<string, Record<string, string>>;
}
