/**
 * Plural forms of interface strings. A key of `content/i18n/<locale>.json` may hold an object of
 * CLDR plural categories instead of a string (`{ "one": "{n} civilian killed", "other": "{n}
 * civilians killed" }`, "other" required); the form is chosen by `Intl.PluralRules` of the page's
 * locale for a count (some languages treat 0 as "one", others as "other"). Strings stay a flat
 * map: the forms are stored beside the key as `<key>#<category>`, the key itself holding "other".
 * No Node imports: the live map picks its popups' forms in the browser.
 */

/** The categories Intl.PluralRules can select (CLDR). */
export const pluralCategories = ["zero", "one", "two", "few", "many", "other"] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/** Where a plural form of `key` is stored in the flat strings. */
export function pluralKey(key: string, category: PluralCategory): string {
  return `${key}#${category}`;
}

/** True when `key` has plural forms (then it needs a count). */
export function hasPluralForms(strings: Record<string, string>, key: string): boolean {
  // Own keys only: a lookup that answers any key (a test's echo of key names) has no forms.
  return Object.hasOwn(strings, pluralKey(key, "other"));
}

/**
 * The template of `key` for `count` items in `locale`: the form Intl.PluralRules selects, "other"
 * when the file gives no such form; a key without forms is returned as it is (undefined if unknown).
 */
export function pluralTemplate(
  strings: Record<string, string>,
  key: string,
  count: number | undefined,
  locale: string | undefined,
): string | undefined {
  if (!hasPluralForms(strings, key)) return strings[key];
  if (count === undefined || locale === undefined)
    throw new Error(`content/i18n: string "${key}" has plural forms: it needs a count and a locale`);
  const category = new Intl.PluralRules(locale).select(count) as PluralCategory;
  return strings[pluralKey(key, category)] ?? strings[pluralKey(key, "other")];
}

/**
 * `template` with its `{placeholders}` filled from `vars`; a placeholder without a value is an
 * error, "<what> needs a value for {name}". Shared by the build's and the browser's lookups.
 */
export function fillTemplate(template: string, vars: Record<string, string | number>, what: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`${what} needs a value for {${name}}`);
    return String(v);
  });
}

/** `key`'s entry and its plural forms' entries, to hand a subset of the strings to the browser. */
export function stringEntries(strings: Record<string, string>, key: string): [string, string][] {
  const own: [string, string][] = strings[key] === undefined ? [] : [[key, strings[key]]];
  return [
    ...own,
    ...pluralCategories
      .map((c) => pluralKey(key, c))
      .filter((k) => Object.hasOwn(strings, k))
      .map((k): [string, string] => [k, strings[k]!]),
  ];
}

/** Flattens a strings file's values: a plural object becomes its "other" form plus `<key>#<category>`. */
export function flattenPlurals(values: Record<string, string | Partial<Record<PluralCategory, string>>>) {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, v]): [string, string][] =>
      typeof v === "string"
        ? [[key, v]]
        : [
            [key, v.other!],
            ...Object.entries(v).map(([c, s]): [string, string] => [pluralKey(key, c as PluralCategory), s!]),
          ],
    ),
  );
}
