import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "../data/DataError";
import { contentDir } from "../data/contentDir";
import { defaultLocale } from "../i18n/editions";

/** A `<Term id="...">` in a text file, with its line (1-based) for error messages. */
export interface TermMark {
  id: string;
  line: number;
}

/** Every `<Term id="...">` in an MDX text, in order. */
export function termsInText(text: string): TermMark[] {
  return [...text.matchAll(/<Term\s+id=["']([^"']*)["']/g)].map((m) => ({
    id: m[1]!,
    line: text.slice(0, m.index).split("\n").length,
  }));
}

/** Where a term is first marked in the story. */
export interface TermUse {
  file: string;
  line: number;
}

/**
 * Checks the `<Term>` marks of the story's files, in reading order, against the glossary ids.
 * A term is marked once, at its first use: an unknown id or a second mark stops the build with
 * the file, the line and the id. Returns the first use of each marked term.
 */
export function checkTermMarks(
  files: { file: string; text: string }[],
  known: Set<string>,
): Map<string, TermUse> {
  const uses = new Map<string, TermUse>();
  for (const { file, text } of files) {
    for (const { id, line } of termsInText(text)) {
      const loc = { file, where: `line ${line}`, field: "<Term id>", value: id };
      if (!known.has(id))
        throw new DataError(loc, "unknown glossary term (no entry with this id in content/glossary.json)");
      const first = uses.get(id);
      if (first) {
        throw new DataError(
          loc,
          `term already marked at its first use (${first.file}, line ${first.line}); mark a term only once`,
        );
      }
      uses.set(id, { file, line });
    }
  }
  return uses;
}

/**
 * The chapter files of the edition `locale` as they are on disk, in reading order, paths relative
 * to the project: content/chapters/ for the default edition, content/locales/<locale>/chapters/ for another.
 */
export function readChapterFiles(locale: string): { file: string; text: string }[] {
  const dir =
    locale === defaultLocale()
      ? path.join(contentDir(), "chapters")
      : path.join(contentDir(), "locales", locale, "chapters");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const abs = path.join(dir, f);
      return { file: path.relative(process.cwd(), abs) || abs, text: readFileSync(abs, "utf8") };
    });
}

/**
 * The error for `<Term id>` that the glossary does not know, naming every file and line
 * where that id is written (a component cannot know which file renders it).
 */
export function unknownTermError(id: string, files: { file: string; text: string }[]): DataError {
  const where = files.flatMap(({ file, text }) =>
    termsInText(text)
      .filter((m) => m.id === id)
      .map((m) => ({ file, line: m.line })),
  );
  const first = where[0];
  return new DataError(
    {
      file: first?.file ?? "content/glossary.json",
      where: first ? `line ${first.line}` : undefined,
      field: "<Term id>",
      value: id,
    },
    `unknown glossary term (no entry with this id in content/glossary.json)${
      where.length > 1
        ? `; also at ${where
            .slice(1)
            .map((w) => `${w.file}:${w.line}`)
            .join(", ")}`
        : ""
    }`,
  );
}
