import type { APIRoute, GetStaticPaths } from "astro";
import { loadSteps, type StepRef } from "../../story/loadStory";
import { loadStoryMeta } from "../../story/storyMeta";
import { stepGraphicSvg } from "../../story/stepGraphic";

// One static SVG per step: loaded lazily by <img>, printed, and shown without JS or WebGL.
export const getStaticPaths = (async () => {
  const steps = await loadSteps();
  return [...steps.values()].map((ref) => ({ params: { step: ref.step.id }, props: { ref } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { ref } = props as { ref: StepRef };
  const meta = loadStoryMeta();
  const svg = stepGraphicSvg(ref.step, meta.locale, ref.chapter.entry.data.title);
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
