import { readFileSync } from "node:fs";
import path from "node:path";
import { contentDir } from "../data/contentDir";
import { DataError } from "../data/DataError";

/**
 * An edition other than the default one is files only: its words live in
 * `content/locales/<tag>/` (story.json, glossary.json, data.json, teach.mdx, chapters/*.mdx),
 * next to `content/i18n/<tag>.json`. Paths are shown relative to the project root.
 */
export function localeFile(locale: string, name: string): { abs: string; shown: string } {
  const abs = path.join(contentDir(), "locales", locale, name);
  return { abs, shown: path.relative(process.cwd(), abs) || abs };
}

/** A JSON file of an edition's folder, parsed; a missing or malformed file stops the build. */
export function readLocaleJson(locale: string, name: string): { data: unknown; file: string } {
  const { abs, shown } = localeFile(locale, name);
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch {
    throw new DataError({ file: shown }, `missing: the edition "${locale}" needs this file`);
  }
  try {
    return { data: JSON.parse(text), file: shown };
  } catch (e) {
    throw new DataError({ file: shown }, `not valid JSON (${(e as Error).message})`);
  }
}
