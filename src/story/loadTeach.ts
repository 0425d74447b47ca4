import { readFileSync } from "node:fs";
import type { MDXInstance } from "astro";
import { getEntry, render } from "astro:content";
import { parseTeach, teachFile, type Teach } from "./teach";

/**
 * The teacher's guide: `content/teach.mdx`, its frontmatter checked against the chapters and
 * the glossary (parseTeach), its body rendered by the page, its text for the page's sources.
 */
export async function loadTeach(
  chapterIds: string[],
  termIds: Set<string>,
): Promise<{ teach: Teach; Content: MDXInstance<Record<string, unknown>>["Content"]; text: string }> {
  const { abs, shown } = teachFile();
  const entry = await getEntry("teach", "teach");
  if (!entry) throw new Error(`${shown}: file not found (the teacher's guide)`);
  const teach = parseTeach(entry.data, shown, { chapterIds, termIds });
  const { Content } = await render(entry);
  return {
    teach,
    Content: Content as MDXInstance<Record<string, unknown>>["Content"],
    text: readFileSync(abs, "utf8"),
  };
}
