import { loadStoryMeta, type StoryMeta } from "../story/storyMeta";
import { editionBase, pageLocale } from "./editions";
import { loadStrings, type Strings } from "./strings";

/** What every page of an edition starts from: its locale, the story's words, strings and base path. */
export interface EditionPage {
  /** The edition's locale (from the route's `lang`; also set in `Astro.locals`). */
  locale: string;
  /** story.json in the edition's words. */
  meta: StoryMeta;
  /** The edition's interface strings. */
  strings: Strings;
  /** The edition's base path: "/" or "/<tag>/" (with BASE in front). */
  base: string;
}

/**
 * The edition of the page being rendered and what its frontmatter needs from it, loaded once:
 * call it first in a page of `src/pages/[...lang]/`.
 */
export function editionPage(astro: Parameters<typeof pageLocale>[0]): EditionPage {
  const locale = pageLocale(astro);
  const meta = loadStoryMeta(locale);
  return { locale, meta, strings: loadStrings(meta.locale), base: editionBase(locale) };
}
