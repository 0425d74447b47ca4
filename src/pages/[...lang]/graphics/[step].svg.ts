import type { APIRoute, GetStaticPaths } from "astro";
import { loadSteps, type StepRef } from "../../../story/loadStory";
import { stepGraphicSvg } from "../../../story/stepGraphic";
import { editionParams } from "../../../i18n/editions";

// One static SVG per step: loaded lazily by <img>, printed, and shown without JS or WebGL.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const { lang, locale } of editionParams())
    for (const ref of (await loadSteps(locale)).values())
      paths.push({ params: { lang, step: ref.step.id }, props: { ref, locale } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { ref, locale } = props as { ref: StepRef; locale: string };
  const svg = stepGraphicSvg(ref.step, locale, ref.chapter.entry.data.title);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
