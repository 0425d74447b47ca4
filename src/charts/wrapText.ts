import { textWidth } from "./textWidth";

/**
 * Breaks `text` into lines no wider than `maxWidth` at `fontSize` (estimated widths, see
 * textWidth). Breaks at spaces only; a single word longer than the line keeps its own line.
 * With `maxLines`, the last kept line ends in "…" when text had to be left out.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  opts: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, opts.bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  const max = opts.maxLines;
  if (max !== undefined && lines.length > max) {
    const kept = lines.slice(0, max);
    let last = kept[max - 1]!;
    while (last.includes(" ") && textWidth(`${last}…`, fontSize, opts.bold) > maxWidth) {
      last = last.slice(0, last.lastIndexOf(" "));
    }
    kept[max - 1] = `${last.replace(/[\s,;:.·–—-]+$/, "")}…`;
    return kept;
  }
  return lines;
}
