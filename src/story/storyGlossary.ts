import path from "node:path";
import { buildFacts } from "../data/facts";
import { storyData } from "../data/storyData";
import { chapterIdFromFile } from "./chapterFile";
import { glossaryEntries, loadGlossary, type GlossaryEntry } from "./glossary";
import { checkTermMarks, readChapterFiles } from "./termUses";

/**
 * The story's glossary as the pages list it: every term, alphabetical, with the chapter where
 * the story first marks it. Reading the marks also checks them (unknown or repeated ids stop
 * the build naming the chapter file and line).
 */
export function storyGlossary(locale: string): GlossaryEntry[] {
  const glossary = loadGlossary(locale);
  const uses = checkTermMarks(readChapterFiles(locale), new Set(glossary.byId.keys()));
  return glossaryEntries(
    glossary,
    uses,
    (file) => chapterIdFromFile(path.basename(file)),
    buildFacts(storyData(locale).timeline),
    locale,
  );
}
