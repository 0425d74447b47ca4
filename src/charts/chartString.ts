import { pluralTemplate } from "../i18n/plural";

/**
 * Looks up an interface string and fills its `{placeholders}`. The same contract as
 * src/i18n/strings.ts `translate` (plural forms chosen by `vars.count` in `locale`), without its
 * file reading, so charts can run in the browser.
 */
export function chartString(
  strings: Record<string, string>,
  key: string,
  vars: Record<string, string | number> = {},
  locale?: string,
): string {
  const s = pluralTemplate(strings, key, typeof vars.count === "number" ? vars.count : undefined, locale);
  if (s === undefined) throw new Error(`content/i18n: no string "${key}"`);
  return s.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`content/i18n: string "${key}" needs a value for {${name}}`);
    return String(v);
  });
}
