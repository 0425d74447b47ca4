import { DataError } from "../data/DataError";

/** Anything dated: a timeline event, an attack row. */
export interface Dated {
  date: string;
}

/**
 * The items dated on or before `factsAsOf` (YYYY-MM-DD). Every "since …" or "deadliest"
 * statement and chart counts only these, so a figure on the page never rests on facts later
 * than the date the page says its facts are verified to.
 */
export function eventsUpTo<T extends Dated>(items: readonly T[], factsAsOf: string): T[] {
  return items.filter((e) => e.date <= factsAsOf);
}

/** What the facts check needs of an event or a data row. */
export interface CheckedEvent extends Dated {
  id: string;
  /** Source addresses. */
  urls: readonly string[];
  /** How sure the facts are (high / medium / low, with reasons). */
  confidence: string;
}

/**
 * Stops the build when an event is dated after the facts-as-of date (the page would claim to be
 * current to a date its facts go beyond), has no source address, or has no confidence.
 * The error names the file, the event id and the date.
 */
export function checkFactsAsOf(file: string, events: readonly CheckedEvent[], factsAsOf: string): void {
  for (const e of events) {
    const where = `event "${e.id}"`;
    if (e.date > factsAsOf)
      throw new DataError(
        { file, where, field: "date", value: e.date },
        `dated after the story's factsAsOf (${factsAsOf}, content/story.json): verify it and move factsAsOf, or leave the event out`,
      );
    if (!e.urls.some((u) => /^https?:\/\//.test(u)))
      throw new DataError(
        { file, where, field: "sources", value: e.urls.join(" | ") },
        "needs at least one source address",
      );
    if (!e.confidence.trim())
      throw new DataError({ file, where, field: "confidence", value: e.confidence }, "needs a confidence");
  }
}
