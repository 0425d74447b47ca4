import type { Strings } from "../i18n/strings";
import { fillTemplate, pluralTemplate } from "../i18n/plural";

/**
 * The map's interface strings, from `content/i18n/<locale>.json`: there is no default in code, and
 * a missing key is an error (at build time, naming the key). Keys are `map.*` for the engine's own
 * words and `layer.<id>[.<part>]` for the words of a layer the story declares in content/map.json.
 */
export function mapTemplate(strings: Strings, key: string): string {
  const s = strings[key];
  if (s === undefined) throw new Error(`content/i18n: no string "${key}" (needed by the map)`);
  return s;
}

/**
 * A map string in the page's locale, with `{placeholders}` filled; a string with plural forms takes
 * the form of `vars.count` in `locale`.
 */
export function mapText(
  strings: Strings,
  key: string,
  vars: Record<string, string | number> = {},
  locale?: string,
): string {
  const count = typeof vars.count === "number" ? vars.count : undefined;
  const template = pluralTemplate(strings, key, count, locale) ?? mapTemplate(strings, key);
  return fillTemplate(template, vars, `map string "${key}"`);
}

/** The key of a layer's string: its legend label (no part), or one of its other strings. */
export function layerKey(layerId: string, part?: string): string {
  return part ? `layer.${layerId}.${part}` : `layer.${layerId}`;
}
