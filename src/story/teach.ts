import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { DataError } from "../data/DataError";
import { contentDir } from "../data/contentDir";
import { validate } from "../data/validate";
import { defaultLocale } from "../i18n/editions";
import { localeFile } from "../i18n/localeFiles";

/** A lesson is one school period. */
export const LESSON_MINUTES = 45;

const text = z.string().trim().min(1, { error: "must not be blank" });

/** The frontmatter of `content/teach.mdx`: the teacher's guide at /teach/. */
export const teachSchema = z.strictObject({
  /** Heading of the page. */
  title: text,
  /** One paragraph under the heading: what the guide is for and whom. */
  summary: text,
  /** What students will be able to do after the lesson, one sentence each. */
  objectives: z.array(text).min(1),
  /** The lesson, part by part; the minutes add up to one period (LESSON_MINUTES). */
  lesson: z
    .array(
      z.strictObject({
        /** How long this part takes. */
        minutes: z.number().int().positive(),
        /** Name of the part ("Warm-up"). */
        title: text,
        /** What the class does, in a sentence or two. */
        activity: text,
      }),
    )
    .min(1),
  /** Discussion questions, keyed by chapter id; every chapter has at least one. */
  questions: z.record(z.string(), z.array(text).min(1)),
  /** Speaker notes for presentation mode, keyed by chapter id: what to point at, what to ask. */
  notes: z.record(z.string(), text).default({}),
  /** Glossary ids to go over in class, in teaching order. */
  keyTerms: z.array(z.string()).min(1),
});
export type Teach = z.output<typeof teachSchema>;

/**
 * Validates the guide's frontmatter against the story: the lesson fills exactly one period,
 * questions belong to chapters that exist (and every chapter has some), key terms are in the
 * glossary. Each problem stops the build naming the file, the field and the value.
 */
export function parseTeach(
  data: unknown,
  file: string,
  refs: { chapterIds: string[]; termIds: Set<string> },
): Teach {
  const teach = validate(teachSchema, data, { file });
  const total = teach.lesson.reduce((n, p) => n + p.minutes, 0);
  if (total !== LESSON_MINUTES) {
    throw new DataError(
      { file, field: "lesson[].minutes", value: teach.lesson.map((p) => p.minutes) },
      `the lesson parts add up to ${total} minutes, not ${LESSON_MINUTES}`,
    );
  }
  for (const id of Object.keys(teach.questions)) {
    if (!refs.chapterIds.includes(id)) {
      throw new DataError(
        { file, field: `questions.${id}`, value: id },
        `no chapter with this id (chapters: ${refs.chapterIds.join(", ")})`,
      );
    }
  }
  for (const id of Object.keys(teach.notes)) {
    if (!refs.chapterIds.includes(id)) {
      throw new DataError(
        { file, field: `notes.${id}`, value: id },
        `no chapter with this id (chapters: ${refs.chapterIds.join(", ")})`,
      );
    }
  }
  const missing = refs.chapterIds.find((id) => !(id in teach.questions));
  if (missing) {
    throw new DataError(
      { file, field: `questions.${missing}`, value: undefined },
      "no questions for this chapter",
    );
  }
  teach.keyTerms.forEach((id, i) => {
    if (!refs.termIds.has(id)) {
      throw new DataError(
        { file, field: `keyTerms[${i}]`, value: id },
        "no term with this id in content/glossary.json",
      );
    }
  });
  const dup = teach.keyTerms.find((id, i) => teach.keyTerms.indexOf(id) !== i);
  if (dup) throw new DataError({ file, field: "keyTerms", value: dup }, "listed twice");
  return teach;
}

/**
 * The guide's source file in the edition `locale`, for error messages and for finding `<Term>`
 * marks: content/teach.mdx, or content/locales/<locale>/teach.mdx for another edition.
 */
export function teachFile(locale: string): { abs: string; shown: string } {
  if (locale !== defaultLocale()) return localeFile(locale, "teach.mdx");
  const abs = path.join(contentDir(), "teach.mdx");
  return { abs, shown: path.relative(process.cwd(), abs) || abs };
}

/** The guide's text, if there is a guide. */
export function readTeachFiles(locale: string): { file: string; text: string }[] {
  const { abs, shown } = teachFile(locale);
  return existsSync(abs) ? [{ file: shown, text: readFileSync(abs, "utf8") }] : [];
}
