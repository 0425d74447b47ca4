import type { ChapterData, StepData } from "./chapterSchema";

/** What paper keeps of a chapter: a short summary and its key graphics. */
export interface ChapterHandout {
  summary: string;
  graphics: StepData[];
}

/**
 * The chapter as the handout and the printed story show it: its `handout` frontmatter, or, when
 * a chapter has none, its summary and the graphic of its first step. Key graphics keep the order
 * the frontmatter gives.
 */
export function chapterHandout(data: Pick<ChapterData, "summary" | "steps" | "handout">): ChapterHandout {
  const byId = new Map(data.steps.map((s) => [s.id, s]));
  const ids = data.handout?.graphics ?? [data.steps[0]!.id];
  return {
    summary: data.handout?.summary ?? data.summary,
    graphics: ids.map((id) => {
      const step = byId.get(id);
      if (!step) throw new Error(`handout graphic "${id}" is not a step of this chapter`);
      return step;
    }),
  };
}
