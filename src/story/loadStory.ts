import path from "node:path";
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { chapterOrderFromFile } from "./chapterFile";
import type { ChapterData, StepData } from "./chapterSchema";
import { mergeChapterWords } from "./chapterWords";
import { defaultLocale } from "../i18n/editions";
import { localeFile } from "../i18n/localeFiles";
import { checkStepsInBody, checkUniqueStepIds } from "./stepsInBody";
import { countWords } from "./countWords";
import { checkFactsAsOf } from "./factsAsOf";
import { loadStoryMeta } from "./storyMeta";
import { storyData } from "../data/storyData";

export interface Chapter {
  id: string;
  order: number;
  /** The file of this edition's text (content/chapters/… or content/locales/<tag>/chapters/…). */
  file: string;
  /** The chapter's frontmatter in this edition: the default chapter's graphics, this edition's words. */
  entry: { data: ChapterData };
  /** The collection entry whose body this edition renders. */
  source: CollectionEntry<"chapters"> | CollectionEntry<"chapterTranslations">;
  /** Words in the chapter body, for the reading time. */
  words: number;
}

let cached: Promise<Chapter[]> | undefined;
const editions = new Map<string, Promise<Chapter[]>>();

/** The default edition's chapters in reading order, with their steps checked against their text. */
function loadDefaultChapters(): Promise<Chapter[]> {
  cached ??= (async () => {
    checkStoryFacts();
    const entries = await getCollection("chapters");
    const chapters = entries.map((entry) => {
      const file = entry.filePath ?? `content/chapters/${entry.id}.mdx`;
      const body = entry.body ?? "";
      checkStepsInBody(
        file,
        entry.data.steps.map((s) => s.id),
        body,
      );
      return {
        id: entry.id,
        order: chapterOrderFromFile(path.basename(file)),
        file,
        entry: { data: entry.data },
        source: entry,
        words: countWords(body),
      };
    });
    chapters.sort((a, b) => a.order - b.order);
    const orders = chapters.map((c) => c.order);
    const dup = orders.find((o, i) => orders.indexOf(o) !== i);
    if (dup !== undefined)
      throw new Error(`content/chapters: two chapters have the order number ${String(dup).padStart(2, "0")}`);
    checkUniqueStepIds(chapters.map((c) => ({ file: c.file, steps: c.entry.data.steps })));
    return chapters;
  })();
  return cached;
}

/**
 * Another edition's chapters: for each chapter of the default edition, the file of the same name
 * in content/locales/<locale>/chapters/, its words merged with the default chapter's graphics.
 * A missing chapter, a chapter the default edition lacks, or steps that differ stop the build.
 */
async function loadEditionChapters(locale: string): Promise<Chapter[]> {
  const base = await loadDefaultChapters();
  const translations = (await getCollection("chapterTranslations")).filter((e) =>
    e.id.startsWith(`${locale}/`),
  );
  const known = new Set(base.map((c) => `${locale}/${c.id}`));
  const stray = translations.find((e) => !known.has(e.id));
  if (stray)
    throw new Error(
      `${stray.filePath ?? stray.id}: no chapter of this name in content/chapters (chapters: ${base.map((c) => path.basename(c.file)).join(", ")})`,
    );
  return Promise.all(
    base.map(async (chapter) => {
      const name = path.basename(chapter.file);
      const entry = await getEntry("chapterTranslations", `${locale}/${chapter.id}`);
      const file = entry?.filePath ?? localeFile(locale, `chapters/${name}`).shown;
      if (!entry) throw new Error(`${file}: missing: the edition "${locale}" needs every chapter (${name})`);
      const data = mergeChapterWords(chapter.entry.data, entry.data, file);
      const body = entry.body ?? "";
      checkStepsInBody(
        file,
        data.steps.map((s) => s.id),
        body,
      );
      return { ...chapter, file, entry: { data }, source: entry, words: countWords(body) };
    }),
  );
}

/** The chapters of the edition `locale` in reading order, with their steps checked against their text. */
export function loadChapters(locale: string): Promise<Chapter[]> {
  if (locale === defaultLocale()) return loadDefaultChapters();
  let hit = editions.get(locale);
  if (!hit) {
    hit = loadEditionChapters(locale);
    editions.set(locale, hit);
  }
  return hit;
}

/** Every event and attack the pages use is sourced, rated and no later than factsAsOf. */
function checkStoryFacts(): void {
  const first = defaultLocale();
  const { factsAsOf } = loadStoryMeta(first);
  const { timeline, attacks } = storyData(first);
  const events = new Map(timeline.events.map((e) => [e.id, e]));
  checkFactsAsOf(
    "content/data/timeline.json",
    timeline.events.map((e) => ({ ...e, urls: e.sources.map((s) => s.url) })),
    factsAsOf,
  );
  checkFactsAsOf(
    "content/data/attacks.csv",
    attacks.map((a) => ({
      id: a.event_id,
      date: a.date,
      urls: a.sources,
      confidence: events.get(a.event_id)?.confidence ?? "",
    })),
    factsAsOf,
  );
}

export interface StepRef {
  step: StepData;
  chapter: Chapter;
  index: number;
}

/** Every step of the story by id, in the edition `locale`. */
export async function loadSteps(locale: string): Promise<Map<string, StepRef>> {
  const map = new Map<string, StepRef>();
  for (const chapter of await loadChapters(locale)) {
    chapter.entry.data.steps.forEach((step, index) => map.set(step.id, { step, chapter, index }));
  }
  return map;
}
