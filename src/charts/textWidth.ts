/**
 * Estimated width of a line of text in the chart font, for layout at build time (there is no
 * canvas to measure with on the server). Widths are Arial's advance widths per 1000 em, scaled up
 * by SAFETY because the system fonts readers get (SF, Segoe UI, Roboto, DejaVu Sans) run wider:
 * an estimate that errs wide wraps a little early instead of clipping.
 */
const WIDTHS: Record<string, number> = {
  " ": 278,
  "!": 278,
  '"': 355,
  "'": 191,
  "(": 333,
  ")": 333,
  ",": 278,
  "-": 333,
  ".": 278,
  "/": 278,
  ":": 278,
  ";": 278,
  "?": 556,
  "%": 889,
  "&": 667,
  "+": 584,
  "=": 584,
  "–": 556,
  "—": 1000,
  "·": 278,
  "’": 222,
  "‘": 222,
  "“": 333,
  "”": 333,
  "…": 1000,
  "~": 584,
  "±": 584,
  I: 278,
  J: 500,
  L: 556,
  M: 833,
  W: 944,
  F: 611,
  T: 611,
  Z: 611,
  C: 722,
  D: 722,
  H: 722,
  N: 722,
  R: 722,
  U: 722,
  G: 778,
  O: 778,
  Q: 778,
  c: 500,
  k: 500,
  s: 500,
  v: 500,
  x: 500,
  y: 500,
  z: 500,
  f: 278,
  t: 278,
  i: 222,
  j: 222,
  l: 222,
  r: 333,
  m: 833,
  w: 722,
};
const DIGIT = 556;
const UPPER = 667;
const LOWER = 556;
export const SAFETY = 1.16;
/** Bold text runs wider than regular (DejaVu Sans Bold about 12 %). */
const BOLD = 1.12;

function charWidth(ch: string): number {
  const w = WIDTHS[ch];
  if (w !== undefined) return w;
  if (/\d/.test(ch)) return DIGIT;
  if (ch !== ch.toLowerCase()) return UPPER;
  return LOWER;
}

/** Width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * SAFETY * (bold ? BOLD : 1);
}
