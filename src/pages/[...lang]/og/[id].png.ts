import type { APIRoute, GetStaticPaths } from "astro";
import { loadChapters } from "../../../story/loadStory";
import { loadStoryMeta } from "../../../story/storyMeta";
import { stepGraphicSvg } from "../../../story/stepGraphic";
import { socialImage } from "../../../story/socialImage";
import { currencyLine } from "../../../story/currency";
import { loadStrings } from "../../../i18n/strings";
import { editionParams } from "../../../i18n/editions";

// One card image for the story (its first step) and one per chapter (the chapter's first step).
export const getStaticPaths = (async () => {
  const paths = [];
  for (const { lang, locale } of editionParams()) {
    const chapters = await loadChapters(locale);
    paths.push(
      { params: { lang, id: "story" }, props: { chapter: chapters[0]!, locale } },
      ...chapters.map((chapter) => ({ params: { lang, id: chapter.id }, props: { chapter, locale } })),
    );
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { chapter, locale } = props as {
    chapter: Awaited<ReturnType<typeof loadChapters>>[number];
    locale: string;
  };
  const step = chapter.entry.data.steps[0]!;
  const meta = loadStoryMeta(locale);
  const svg = stepGraphicSvg(step, meta.locale, chapter.entry.data.title);
  // The card says how current the facts are, as the page header does.
  const caption = currencyLine(meta, loadStrings(meta.locale), meta.locale);
  return new Response(new Uint8Array(await socialImage(svg, undefined, caption)), {
    headers: { "Content-Type": "image/png" },
  });
};
