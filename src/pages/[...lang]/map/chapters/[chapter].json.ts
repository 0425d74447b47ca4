import type { APIRoute, GetStaticPaths } from "astro";
import { editionBase, editionParams } from "../../../../i18n/editions";
import { loadChapters, type Chapter } from "../../../../story/loadStory";
import { loadStrings } from "../../../../i18n/strings";
import { chapterMapConfig } from "../../../../map/chapterMapConfig";

// A chapter's live-map config, one per edition, fetched by its <story-map> when the map nears the
// viewport: the story's HTML carries none of it.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const { lang, locale } of editionParams())
    for (const chapter of await loadChapters(locale))
      if (chapter.entry.data.steps.some((s) => s.map))
        paths.push({ params: { lang, chapter: chapter.id }, props: { chapter, locale } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter, locale } = props as { chapter: Chapter; locale: string };
  const config = chapterMapConfig(chapter, {
    strings: loadStrings(locale),
    locale,
    base: editionBase(locale),
  });
  return new Response(JSON.stringify(config), { headers: { "Content-Type": "application/json" } });
};
