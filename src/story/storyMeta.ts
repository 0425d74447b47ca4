import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { contentDir } from "../data/contentDir";
import { isoDate } from "../data/fields";
import { validate } from "../data/validate";
import { dataConfigSchema } from "../data/dataConfig";

/** `content/story.json`: what the story is, who made it and what it stands on. */
export const storyMetaSchema = z.strictObject({
  /** BCP 47 locale of the text; selects content/i18n/<locale>.json and Intl formats. */
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "expected a locale such as en or fr-FR" }),
  /** The headline. */
  headline: z.string().trim().min(10),
  /** The standfirst under the headline. */
  dek: z.string().trim().min(20),
  /** Publication date. */
  published: isoDate,
  /** Date of the last substantive update, if any. */
  updated: isoDate.optional(),
  /**
   * The latest date the facts are verified to. Events dated later stop the build, and every
   * "since …" or "deadliest" statement counts only events up to this date.
   */
  factsAsOf: isoDate,
  /** Name of the project, credited in the footer (no personal bylines are invented). */
  project: z.string().min(1),
  /** Credit lines, shown at the end. */
  credits: z.array(z.strictObject({ role: z.string().min(1), text: z.string().min(1) })),
  /** The datasets the story uses, with licence and credit. */
  datasets: z.array(
    z.strictObject({
      /** Dataset name. */
      name: z.string().min(1),
      /** Who publishes it. */
      publisher: z.string().min(1),
      /** Where to find it; absent for the team's own compilation (described in SOURCES.md). */
      url: z.url().optional(),
      /** Licence of the data. */
      licence: z.string().min(1),
      /** Files in content/data that come from it. */
      files: z.array(z.string().min(1)).min(1),
      /** What we use it for and its caveats. */
      note: z.string().min(1),
    }),
  ),
  /** Which data file holds what, and the categories and forces the data may use. */
  data: dataConfigSchema,
  /** How the story was made: one string per paragraph. */
  method: z.array(z.string().min(1)),
  /** Corrections policy and the corrections made. */
  corrections: z.strictObject({
    policy: z.string().min(1),
    items: z.array(z.strictObject({ date: isoDate, text: z.string().min(1) })),
  }),
});
export type StoryMeta = z.output<typeof storyMetaSchema>;

export function loadStoryMeta(): StoryMeta {
  const abs = path.join(contentDir(), "story.json");
  const file = path.relative(process.cwd(), abs);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read (${(e as Error).message})`);
  }
  return validate(storyMetaSchema, data, { file });
}
