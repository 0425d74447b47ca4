/** Words a reader reads per minute, for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `words` words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
