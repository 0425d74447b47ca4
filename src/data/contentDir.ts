import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./DataError";

/**
 * The folder that holds the story's words and data. `CONTENT_DIR` overrides it so tests can
 * point the loaders at fixtures; paths in error messages are relative to the project root.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "content");
}

/** A path inside `content/data/`, and how to show it in messages. */
export function dataFile(name: string): { abs: string; shown: string } {
  const abs = path.join(contentDir(), "data", name);
  return { abs, shown: path.relative(process.cwd(), abs) || abs };
}

/**
 * A JSON file of the content folder (`story.json`, `map.json`, `charts.json`), parsed, with its
 * path as messages show it. A missing or malformed file stops the build naming the file.
 */
export function readContentJson(name: string): { data: unknown; file: string } {
  const abs = path.join(contentDir(), name);
  const file = path.relative(process.cwd(), abs) || abs;
  try {
    return { data: JSON.parse(readFileSync(abs, "utf8")), file };
  } catch (e) {
    throw new DataError({ file }, `cannot read (${(e as Error).message})`);
  }
}
