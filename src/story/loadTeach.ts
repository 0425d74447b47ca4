import { readFileSync } from "node:fs";
import type { MDXInstance } from "astro";
import { getEntry, render } from "astro:content";
import { parseTeach, teachFile, type Teach } from "./teach";
import { defaultLocale } from "../i18n/editions";
import { DataError } from "../data/DataError";

/**
 * Another edition's guide has the default guide's shape: the same lesson minutes, the same
 * chapters with questions and notes, the same key terms, so presentation and print match.
 */
function checkSameGuide(teach: Teach, base: Teach, file: string): void {
  const same = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new DataError(
        { file, field, value: a },
        `expected ${JSON.stringify(b)}, as in content/teach.mdx`,
      );
  };
  same(
    "lesson[].minutes",
    teach.lesson.map((l) => l.minutes),
    base.lesson.map((l) => l.minutes),
  );
  same("questions", Object.keys(teach.questions), Object.keys(base.questions));
  same("notes", Object.keys(teach.notes), Object.keys(base.notes));
  same("keyTerms", teach.keyTerms, base.keyTerms);
}

/**
 * The teacher's guide: `content/teach.mdx`, its frontmatter checked against the chapters and
 * the glossary (parseTeach), its body rendered by the page, its text for the page's sources.
 */
export async function loadTeach(
  locale: string,
  chapterIds: string[],
  termIds: Set<string>,
): Promise<{ teach: Teach; Content: MDXInstance<Record<string, unknown>>["Content"]; text: string }> {
  const { abs, shown } = teachFile(locale);
  const entry =
    locale === defaultLocale()
      ? await getEntry("teach", "teach")
      : await getEntry("teachTranslations", locale);
  if (!entry) throw new Error(`${shown}: file not found (the teacher's guide)`);
  const teach = parseTeach(entry.data, shown, { chapterIds, termIds });
  if (locale !== defaultLocale())
    checkSameGuide(teach, (await loadTeach(defaultLocale(), chapterIds, termIds)).teach, shown);
  const { Content } = await render(entry);
  return {
    teach,
    Content: Content as MDXInstance<Record<string, unknown>>["Content"],
    text: readFileSync(abs, "utf8"),
  };
}
