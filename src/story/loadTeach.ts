import { readFileSync } from "node:fs";
import type { MDXInstance } from "astro";
import { parseTeach, teachFile, type Teach } from "./teach";

/**
 * The teacher's guide: `content/teach.mdx`, its frontmatter checked against the chapters and
 * the glossary (parseTeach), its body rendered by the page, its text for the page's sources.
 */
export async function loadTeach(
  chapterIds: string[],
  termIds: Set<string>,
): Promise<{ teach: Teach; Content: MDXInstance<Record<string, unknown>>["Content"]; text: string }> {
  const mod = (await import("../../content/teach.mdx")) as MDXInstance<Record<string, unknown>>;
  const { abs, shown } = teachFile();
  const teach = parseTeach(mod.frontmatter, shown, { chapterIds, termIds });
  return { teach, Content: mod.Content, text: readFileSync(abs, "utf8") };
}
