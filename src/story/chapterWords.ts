import { z } from "astro/zod";
import { DataError } from "../data/DataError";
import type { ChapterData } from "./chapterSchema";

/**
 * The frontmatter of a chapter in another edition (content/locales/<tag>/chapters/NN-slug.mdx):
 * words only. What each step shows comes from the default edition's chapter of the same file
 * name, so both editions draw the same graphics from the same data.
 */
export const chapterWordsSchema = z.strictObject({
  /** The chapter's headline. */
  title: z.string().trim().min(3),
  /** The summary under the headline and in the contents. */
  summary: z.string().trim().min(20),
  /** Short label for the contents (only where the default edition's chapter has one). */
  short: z.string().trim().optional(),
  /** The summary for paper (only where the default edition's chapter has a handout). */
  handout: z.strictObject({ summary: z.string().trim().min(40) }).optional(),
  /** The steps: the same ids in the same order as the default edition's chapter, each with its alt. */
  steps: z
    .array(
      z.strictObject({
        /** The step id, as in the default edition. */
        id: z.string(),
        /** Text alternative for the graphic, in this edition's language. */
        alt: z.string().trim().min(20, { error: "alt must describe the graphic (at least 20 characters)" }),
      }),
    )
    .min(1),
});
export type ChapterWords = z.output<typeof chapterWordsSchema>;

/**
 * The default edition's chapter with another edition's words. The steps must match one for one
 * (same ids, same order), and `short` and `handout` must be there exactly when the default
 * chapter has them: otherwise the build stops naming the file, the field and the value.
 */
export function mergeChapterWords(base: ChapterData, words: ChapterWords, file: string): ChapterData {
  const baseIds = base.steps.map((s) => s.id);
  const ids = words.steps.map((s) => s.id);
  const missing = baseIds.filter((id) => !ids.includes(id));
  if (missing.length)
    throw new DataError(
      { file, field: "steps", value: missing[0] },
      `missing step: the default edition's chapter has the step(s) ${missing.join(", ")}`,
    );
  const extra = ids.filter((id) => !baseIds.includes(id));
  if (extra.length)
    throw new DataError(
      { file, field: `steps[${ids.indexOf(extra[0]!)}].id`, value: extra[0] },
      `no such step in the default edition's chapter (steps: ${baseIds.join(", ")})`,
    );
  ids.forEach((id, i) => {
    if (id !== baseIds[i])
      throw new DataError(
        { file, field: `steps[${i}].id`, value: id },
        `steps are out of order: expected "${baseIds[i]}" here, as in the default edition`,
      );
  });
  const pair = (field: "short" | "handout", has: boolean, given: boolean) => {
    if (has && !given)
      throw new DataError({ file, field, value: undefined }, "missing: the default edition's chapter has it");
    if (!has && given)
      throw new DataError({ file, field, value: words[field] }, "the default edition's chapter has none");
  };
  pair("short", base.short !== undefined, words.short !== undefined);
  pair("handout", base.handout !== undefined, words.handout !== undefined);
  return {
    ...base,
    title: words.title,
    summary: words.summary,
    short: words.short,
    handout: base.handout && { ...base.handout, summary: words.handout!.summary },
    steps: base.steps.map((s, i) => ({ ...s, alt: words.steps[i]!.alt })),
  };
}
