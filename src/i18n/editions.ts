import { storyLocales } from "../story/storyMeta";

/**
 * The story's editions, one per locale of content/story.json → locales. The first is the
 * default edition at the site's root; each other one lives under /<tag>/. Pages are routed with
 * a rest parameter (`src/pages/[...lang]/…`): `lang` is undefined for the default edition.
 */

/** The default edition's locale (the first of story.json → locales). */
export function defaultLocale(): string {
  return storyLocales()[0]!;
}

/** Every edition's locale, the default first. */
export function editionLocales(): readonly string[] {
  return storyLocales();
}

/** The path segment of an edition: "" for the default one, "<tag>/" for another. */
export function editionPrefix(locale: string): string {
  if (!storyLocales().includes(locale)) throw new Error(`no edition "${locale}" in content/story.json`);
  return locale === defaultLocale() ? "" : `${locale}/`;
}

/** The site's base path joined with an edition's prefix: "/" or "/<tag>/" (with BASE in front). */
export function editionBase(locale: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${editionPrefix(locale)}`;
}

/** Route parameters for getStaticPaths: one entry per edition, `lang` undefined for the default. */
export function editionParams(): { lang: string | undefined; locale: string }[] {
  return storyLocales().map((locale) => ({
    lang: locale === defaultLocale() ? undefined : locale,
    locale,
  }));
}

/** The locale of a route's `lang` parameter (undefined = the default edition). */
export function localeOfParam(lang: string | undefined): string {
  if (lang === undefined || lang === "") return defaultLocale();
  if (lang === defaultLocale() || !storyLocales().includes(lang))
    throw new Error(`no edition at /${lang}/ (locales: ${storyLocales().join(", ")})`);
  return lang;
}

/**
 * The address of the same page in another edition: `path` is the page's path after its edition
 * prefix (e.g. "teach/" or "" for the story).
 */
export function editionUrl(locale: string, pathInEdition: string): string {
  return `${editionBase(locale)}${pathInEdition}`;
}

/** getStaticPaths() of a page that exists once per edition. */
export function editionPaths(): { params: { lang: string | undefined } }[] {
  return editionParams().map(({ lang }) => ({ params: { lang } }));
}

/**
 * The edition of the page being rendered, from its `lang` parameter, stored in `Astro.locals`
 * for the components below it: call it first in a page's frontmatter.
 */
export function pageLocale(astro: {
  params: Record<string, string | undefined>;
  locals: App.Locals;
}): string {
  const locale = localeOfParam(astro.params.lang);
  astro.locals.locale = locale;
  return locale;
}

/** A page's path within its edition: "/<base>/<tag>/teach/" → "teach/" ("" for the story). */
export function pathInEdition(pathname: string, locale: string): string {
  const here = editionBase(locale);
  return pathname.startsWith(here) ? pathname.slice(here.length) : "";
}

/** An edition's name in its own language, capitalised as a link starts ("English", "Français"). */
export function editionName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
