import type { Chapter } from "./loadStory";
import { loadTeach } from "./loadTeach";
import { storyGlossary } from "./storyGlossary";

/** A chapter's speaker notes in presentation mode: its questions and note from the teacher's guide. */
export type PresentNotes = Record<string, { questions: string[]; note?: string }>;

/**
 * The speaker notes of presentation mode, by chapter id, from the teacher's guide
 * (content/teach.mdx). Served as a file (/present/notes.json) that presentation mode fetches when
 * it starts: the story's HTML does not carry them.
 */
export async function presentNotes(locale: string, chapters: Chapter[]): Promise<PresentNotes> {
  const { teach } = await loadTeach(
    locale,
    chapters.map((c) => c.id),
    new Set(storyGlossary(locale).map((e) => e.term.id)),
  );
  return Object.fromEntries(
    chapters.map((c) => [c.id, { questions: teach.questions[c.id] ?? [], note: teach.notes[c.id] }]),
  );
}

/** Where the notes are served, relative to the edition's base (one file per edition). */
export const PRESENT_NOTES_PATH = "present/notes.json";
