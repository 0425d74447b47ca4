import type { Strings } from "../i18n/strings";

/**
 * Interface strings of the live map and its tables, with English defaults. A locale file
 * (content/i18n/<locale>.json) that has the same key wins, so these can move there without a code
 * change; until then the defaults keep the build working.
 */
export const mapStringDefaults = {
  "map.explore": "Explore the map",
  "map.backToStory": "Back to the story",
  "map.exploreHint": "Drag to pan, scroll or pinch to zoom, click a marker for details. Esc to go back.",
  "map.loading": "Loading the map…",
  "map.legend": "Legend",
  "map.legendMore": "Notes and credits",
  "map.approximateLocation": "approximate location",
  "map.soldiersKilled": "{n} soldiers killed",
  "map.wounded": "{n} wounded",
  "map.civiliansKilled": "{n} civilians killed",
  "map.armyClaim": "attackers killed: {claim} (army claim, unverified)",
  "map.leftBy": "left by {date}",
  "map.frenchBase": "French base",
  "map.usBase": "US base",
  "map.deaths": "{n} deaths (UCDP best estimate)",
  "map.source": "Source",
  "map.sources": "Sources",
  "map.close": "Close",
  "map.triBorderLabel": "Tri-border (Liptako-Gourma)",
  "map.routeLabel": "French withdrawal (schematic route)",
  "map.routeFirstConvoy": "first convoy left {place} {date}",
  "map.routeDistance": "{qualifier} {km} km by road",
  "map.routeNote": "The line is schematic: no source gives the road the convoys took.",
  "map.notMapped": "Not mapped (no location gathered): {list}",
  "map.eventsNotShown": "{n} events not shown: UCDP gives only a region-level location",
  "map.eventsLayer": "UCDP conflict event, {years} (size: deaths)",
  "map.troopsFrance": "French troops in Niger: {list}",
  "map.troopsUS": "US troops in Niger: {list}",
  "map.charterSigned": "Liptako-Gourma Charter signed {date}",
  "map.featuresSummary": "Data shown on this map",
  "map.what": "What",
  "map.when": "When",
  "map.where": "Where",
  "map.toll": "Toll or figure",
  "map.noLocation": "not mapped: no location gathered",
  "map.eventsRowWhat": "UCDP conflict events ({n})",
  "map.eventsRowWhere": "Niger: {shown} on the map, {hidden} with only a region-level location",
  "map.baseWhat": "{force} base: {name}",
  "map.routeWhat": "French withdrawal: first road convoy (schematic route)",
  "map.pactWhat": "Alliance of Sahel States: Liptako-Gourma Charter",
  "map.triBorderWhat": "Mali–Burkina Faso–Niger tripoint",
  "map.placeWhat": "Place marked",
  "credit.basemap": "Natural Earth (public domain)",
  "credit.regions": "Natural Earth (public domain)",
  "credit.river": "Natural Earth (public domain)",
  "credit.attacks": "tolls: Niger defence ministry via news reports",
  "credit.french-bases": "AFP, RFI, Reuters",
  "credit.us-bases": "AFRICOM, AFP, AP, Reuters",
  "credit.french-withdrawal": "AFP, Xinhua, L'Œil du Sahara",
  "credit.pact": "Liptako-Gourma Charter",
  "credit.tri-border": "Natural Earth (public domain)",
  "credit.conflict-events": "UCDP GED 25.1 (CC BY 4.0)",
} as const;

export type MapStringKey = keyof typeof mapStringDefaults;

/** A map string in the page's locale (or its English default), with `{placeholders}` filled. */
export function mapText(
  strings: Strings,
  key: MapStringKey,
  vars: Record<string, string | number> = {},
): string {
  const s = strings[key] ?? mapStringDefaults[key];
  return s.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`map string "${key}" needs a value for {${name}}`);
    return String(v);
  });
}

/** A map string with its `{placeholders}` left in, for the browser to fill. */
export function mapTemplate(strings: Strings, key: MapStringKey): string {
  return strings[key] ?? mapStringDefaults[key];
}
