import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadGlossary } from "../../../src/story/glossary";
import { parseTeach } from "../../../src/story/teach";
import { checkTermMarks, readChapterFiles } from "../../../src/story/termUses";

// The real content, checked the way the build checks it, so a bad edit fails here first.
describe("the story's glossary and teacher's guide", () => {
  const glossary = loadGlossary("en");
  const chapters = readChapterFiles("en");
  const chapterIds = chapters.map((c) => c.file.replace(/^.*\/\d{2}-/, "").replace(/\.mdx$/, ""));

  it("marks only glossary terms, each once", () => {
    const uses = checkTermMarks(chapters, new Set(glossary.byId.keys()));
    expect(uses.size).toBeGreaterThan(20);
  });

  it("has a teacher's guide that fills one period and covers every chapter", () => {
    const text = readFileSync("content/teach.mdx", "utf8");
    const frontmatter = parseYaml(text.split(/^---$/m)[1]!) as unknown;
    const teach = parseTeach(frontmatter, "content/teach.mdx", {
      chapterIds,
      termIds: new Set(glossary.byId.keys()),
    });
    expect(Object.keys(teach.questions).sort()).toEqual([...chapterIds].sort());
  });
});
