import type { Strings } from "../i18n/strings";

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

/** A map string in the page's locale, with `{placeholders}` filled. */
export function mapText(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  return mapTemplate(strings, key).replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`map string "${key}" needs a value for {${name}}`);
    return String(v);
  });
}

/** The key of a layer's string: its legend label (no part), or one of its other strings. */
export function layerKey(layerId: string, part?: string): string {
  return part ? `layer.${layerId}.${part}` : `layer.${layerId}`;
}
