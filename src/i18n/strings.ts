import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { contentDir } from "../data/contentDir";
import { validate } from "../data/validate";
import { storyLocales } from "../story/storyMeta";
import { fillTemplate, flattenPlurals, pluralTemplate } from "./plural";

/** A string, or its plural forms by CLDR category ("other" required; see src/i18n/plural.ts). */
const stringValue = z.union([
  z.string(),
  z.strictObject({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string(),
  }),
]);

/**
 * Interface strings live in `content/i18n/<locale>.json`, one file per locale. The default
 * edition's file (the first of story.json → locales) is the reference: another locale must have
 * exactly the same keys, so a missing or extra key stops the
 * build with the file and the key named. `{name}` placeholders are filled by `translate()`. A value
 * may be plural forms (`{ "one": …, "other": … }`), chosen by a count in the page's locale.
 */
function readLocale(locale: string): { data: unknown; file: string } {
  const abs = path.join(contentDir(), "i18n", `${locale}.json`);
  const file = path.relative(process.cwd(), abs);
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch {
    throw new Error(`${file}: no strings for locale "${locale}"`);
  }
  try {
    return { data: JSON.parse(text), file };
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

export type Strings = Record<string, string>;

const cache = new Map<string, Strings>();

export function loadStrings(locale: string): Strings {
  const hit = cache.get(locale);
  if (hit) return hit;
  const first = storyLocales()[0]!;
  const ref = readLocale(first);
  const reference = ref.data as Record<string, unknown>;
  const keys = Object.keys(reference);
  const shape = Object.fromEntries(keys.map((k) => [k, stringValue]));
  const { data, file } = locale === first ? ref : readLocale(locale);
  const strings = flattenPlurals(validate(z.strictObject(shape), data, { file }));
  cache.set(locale, strings);
  return strings;
}

/**
 * Looks up a string and fills its `{placeholders}`; an unknown key is an error. A string with
 * plural forms takes the form of `vars.count` in `locale` (both required then).
 */
export function translate(
  strings: Strings,
  key: string,
  vars: Record<string, string | number> = {},
  locale?: string,
): string {
  const s = pluralTemplate(strings, key, typeof vars.count === "number" ? vars.count : undefined, locale);
  if (s === undefined) throw new Error(`content/i18n: no string "${key}"`);
  return fillTemplate(s, vars, `content/i18n: string "${key}"`);
}
