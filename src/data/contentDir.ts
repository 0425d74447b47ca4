import path from "node:path";

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
