import type { MapStep } from "./mapStep";
import type { MapStringKey } from "./mapStrings";

/** Strings the live map shows in the browser (popups, buttons), resolved at build time. */
export const clientStringKeys = [
  "map.explore",
  "map.backToStory",
  "map.exploreHint",
  "map.legend",
  "map.legendMore",
  "map.close",
  "map.sources",
  "map.approximateLocation",
  "map.soldiersKilled",
  "map.wounded",
  "map.civiliansKilled",
  "map.armyClaim",
  "map.leftBy",
  "map.deaths",
] as const satisfies readonly MapStringKey[];
export type ClientStringKey = (typeof clientStringKeys)[number];

/**
 * What a chapter's <story-map> receives as JSON in the page: the steps it can show (computed at
 * build time from the chapter's frontmatter, like the static maps) and where its data lives.
 */
export interface StoryMapConfig {
  chapter: string;
  locale: string;
  basemapUrl: string;
  overlayUrl: string;
  steps: MapStep[];
  /** After this step the reader may explore the map. */
  lastStepId: string;
  strings: Record<ClientStringKey, string>;
  /** The UCDP source page, for event popups. */
  ucdpUrl: string;
}
