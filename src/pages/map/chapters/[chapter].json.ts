import type { APIRoute, GetStaticPaths } from "astro";
import { loadChapters, type Chapter } from "../../../story/loadStory";
import { loadStoryMeta } from "../../../story/storyMeta";
import { loadStrings } from "../../../i18n/strings";
import { chapterMapConfig } from "../../../map/chapterMapConfig";

// A chapter's live-map config, fetched by its <story-map> when the map nears the viewport: the
// story's HTML carries none of it.
export const getStaticPaths = (async () =>
  (await loadChapters())
    .filter((chapter) => chapter.entry.data.steps.some((s) => s.map))
    .map((chapter) => ({ params: { chapter: chapter.id }, props: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as { chapter: Chapter };
  const { locale } = loadStoryMeta();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const config = chapterMapConfig(chapter, { strings: loadStrings(locale), locale, base });
  return new Response(JSON.stringify(config), { headers: { "Content-Type": "application/json" } });
};
