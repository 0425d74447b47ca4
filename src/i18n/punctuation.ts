/**
 * Punctuation that differs by edition, from the strings file (`punctuation.*`): some languages
 * put a no-break space before ":" or ";", others none. No Node imports: chart code runs in the
 * browser too.
 */

function punctuation(strings: Record<string, string>, key: string): string {
  const s = strings[`punctuation.${key}`];
  if (s === undefined) throw new Error(`content/i18n: no string "punctuation.${key}"`);
  return s;
}

/** `label`, the edition's colon, a space and `text` ("Date: 2024", "Date : 2024"). */
export function labelled(strings: Record<string, string>, label: string, text: string | number): string {
  return `${label}${punctuation(strings, "colon")} ${text}`;
}

/** Items of a list joined with the edition's semicolon and space ("a; b", "a ; b"). */
export function semicolonList(strings: Record<string, string>, items: readonly string[]): string {
  return items.join(punctuation(strings, "semicolon"));
}
