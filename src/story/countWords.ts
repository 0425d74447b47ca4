/** Counts the words a reader reads: MDX tags are not words (a <Fact> counts as none). */
export function countWords(body: string): number {
  const text = body.replace(/<[^>]+>/g, " ").replace(/[#>*_`{}[\]()]/g, " ");
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
