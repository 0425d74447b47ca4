import path from "node:path";
import { getCollection, type CollectionEntry } from "astro:content";
import { chapterOrderFromFile } from "./chapterFile";
import type { StepData } from "./chapterSchema";
import { checkStepsInBody, checkUniqueStepIds } from "./stepsInBody";
import { countWords } from "./countWords";
import { checkFactsAsOf } from "./factsAsOf";
import { loadStoryMeta } from "./storyMeta";
import { storyData } from "../data/storyData";

export interface Chapter {
  id: string;
  order: number;
  file: string;
  entry: CollectionEntry<"chapters">;
  /** Words in the chapter body, for the reading time. */
  words: number;
}

let cached: Promise<Chapter[]> | undefined;

/** The chapters in reading order, with their steps checked against their text. */
export function loadChapters(): Promise<Chapter[]> {
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
        entry,
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

/** Every event and attack the pages use is sourced, rated and no later than factsAsOf. */
function checkStoryFacts(): void {
  const { factsAsOf } = loadStoryMeta();
  const { timeline, attacks } = storyData();
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

/** Every step of the story by id. */
export async function loadSteps(): Promise<Map<string, StepRef>> {
  const map = new Map<string, StepRef>();
  for (const chapter of await loadChapters()) {
    chapter.entry.data.steps.forEach((step, index) => map.set(step.id, { step, chapter, index }));
  }
  return map;
}
