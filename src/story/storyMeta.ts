import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { contentDir } from "../data/contentDir";
import { isoDate } from "../data/fields";
import { validate } from "../data/validate";
import { dataConfigSchema } from "../data/dataConfig";
import { DataError } from "../data/DataError";
import { readLocaleJson } from "../i18n/localeFiles";

/** `content/story.json`: what the story is, who made it and what it stands on. */
export const storyMetaSchema = z.strictObject({
  /**
   * The editions, as BCP 47 tags: each selects content/i18n/<tag>.json and the Intl formats. The
   * first is the default edition, served at the site's root, written in this file and the
   * chapters; each other one is served at /<tag>/ with its words in content/locales/<tag>/.
   */
  locales: z
    .array(
      z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: "expected a locale tag such as en or pt-BR" }),
    )
    .min(1, { error: "give at least the default edition's locale" })
    .refine((l) => new Set(l).size === l.length, { error: "a locale is listed twice" }),
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
/** The story's metadata in one edition: its words, and `locale`, the edition it is written for. */
export type StoryMeta = z.output<typeof storyMetaSchema> & { locale: string };

/**
 * `content/locales/<tag>/story.json`: the words of story.json in another edition, nothing else
 * (dates, addresses, files and data come from story.json). Lists have the length of the default
 * edition's, so every credit, dataset, paragraph and correction is translated.
 */
export function makeStoryWordsSchema(base: z.output<typeof storyMetaSchema>) {
  const sameLength = <T extends z.ZodType>(item: T, n: number, what: string) =>
    z.array(item).length(n, { error: `expected ${n} ${what}, as in story.json` });
  return z.strictObject({
    headline: z.string().trim().min(10),
    dek: z.string().trim().min(20),
    project: z.string().min(1),
    credits: sameLength(
      z.strictObject({ role: z.string().min(1), text: z.string().min(1) }),
      base.credits.length,
      "credits",
    ),
    datasets: sameLength(
      z.strictObject({
        name: z.string().min(1),
        publisher: z.string().min(1),
        licence: z.string().min(1),
        note: z.string().min(1),
      }),
      base.datasets.length,
      "datasets",
    ),
    method: sameLength(z.string().min(1), base.method.length, "paragraphs"),
    corrections: z.strictObject({
      policy: z.string().min(1),
      items: sameLength(
        z.strictObject({ date: isoDate, text: z.string().min(1) }),
        base.corrections.items.length,
        "corrections",
      ),
    }),
  });
}

let base: z.output<typeof storyMetaSchema> | undefined;
function loadBaseMeta(): z.output<typeof storyMetaSchema> {
  if (base) return base;
  const abs = path.join(contentDir(), "story.json");
  const file = path.relative(process.cwd(), abs);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read (${(e as Error).message})`);
  }
  base = validate(storyMetaSchema, data, { file });
  return base;
}

/** The editions of the story (story.json → locales); the first is the default. */
export function storyLocales(): readonly string[] {
  return loadBaseMeta().locales;
}

/** Merges the words of another edition into the default edition's metadata. */
export function mergeStoryWords(
  meta: z.output<typeof storyMetaSchema>,
  words: z.output<ReturnType<typeof makeStoryWordsSchema>>,
  file: string,
): z.output<typeof storyMetaSchema> {
  words.corrections.items.forEach((item, i) => {
    const date = meta.corrections.items[i]!.date;
    if (item.date !== date)
      throw new DataError(
        { file, field: `corrections.items[${i}].date`, value: item.date },
        `expected ${date}, the date of the same correction in story.json`,
      );
  });
  return {
    ...meta,
    headline: words.headline,
    dek: words.dek,
    project: words.project,
    credits: words.credits,
    datasets: meta.datasets.map((d, i) => ({ ...d, ...words.datasets[i]! })),
    method: words.method,
    corrections: words.corrections,
  };
}

const editions = new Map<string, StoryMeta>();

/**
 * The story's metadata in the edition `locale`: story.json itself for the default edition, with
 * the words of content/locales/<locale>/story.json for another. A locale the story does not list
 * stops the build.
 */
export function loadStoryMeta(locale: string): StoryMeta {
  const hit = editions.get(locale);
  if (hit) return hit;
  const meta = loadBaseMeta();
  if (!meta.locales.includes(locale))
    throw new Error(`content/story.json: no edition "${locale}" (locales: ${meta.locales.join(", ")})`);
  let merged = meta;
  if (locale !== meta.locales[0]) {
    const { data, file } = readLocaleJson(locale, "story.json");
    merged = mergeStoryWords(meta, validate(makeStoryWordsSchema(meta), data, { file }), file);
  }
  const out = { ...merged, locale };
  editions.set(locale, out);
  return out;
}
