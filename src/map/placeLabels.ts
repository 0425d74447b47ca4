/** A label's box in SVG units; (x, y) is the text anchor point on the baseline. */
export interface LabelBox {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Rect;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Average glyph width of the map font, as a share of the font size (for layout only). */
export const GLYPH_WIDTH = 0.56;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Places a label beside each point: right, left, above or below, taking the first spot that
 * stays inside the map and overlaps no earlier label or marker. If none is free, the spot with
 * the least overlap is used: a requested label is never dropped.
 */
export function placeLabels(
  points: { id: string; text: string; x: number; y: number }[],
  opts: { width: number; height: number; fontSize: number; obstacles?: Rect[] },
): LabelBox[] {
  const { width, height, fontSize } = opts;
  const placed: LabelBox[] = [];
  const obstacles = opts.obstacles ?? [];
  const gap = 8;
  for (const p of points) {
    const w = p.text.length * fontSize * GLYPH_WIDTH;
    const h = fontSize;
    const candidates: Omit<LabelBox, "id" | "text">[] = [
      { x: p.x + gap, y: p.y + h * 0.35, anchor: "start", box: { x: p.x + gap, y: p.y - h * 0.65, w, h } },
      { x: p.x - gap, y: p.y + h * 0.35, anchor: "end", box: { x: p.x - gap - w, y: p.y - h * 0.65, w, h } },
      { x: p.x, y: p.y - gap - 2, anchor: "middle", box: { x: p.x - w / 2, y: p.y - gap - 2 - h, w, h } },
      {
        x: p.x,
        y: p.y + gap + h * 0.8,
        anchor: "middle",
        box: { x: p.x - w / 2, y: p.y + gap - h * 0.2, w, h },
      },
    ];
    let best = candidates[0]!;
    let bestScore = Infinity;
    for (const c of candidates) {
      const b = c.box;
      const outside =
        Math.max(0, -b.x) +
        Math.max(0, b.x + b.w - width) +
        Math.max(0, -b.y) +
        Math.max(0, b.y + b.h - height);
      const hits =
        placed.filter((l) => overlaps(l.box, b)).length + obstacles.filter((o) => overlaps(o, b)).length;
      const score = outside * 10 + hits * 100;
      if (score < bestScore) {
        best = c;
        bestScore = score;
        if (score === 0) break;
      }
    }
    // No spot fully inside: slide the label back within the map rather than cut it.
    const b = best.box;
    const dx = b.x < 0 ? -b.x : b.x + b.w > width ? width - b.x - b.w : 0;
    const dy = b.y < 0 ? -b.y : b.y + b.h > height ? height - b.y - b.h : 0;
    if (dx || dy) best = { ...best, x: best.x + dx, y: best.y + dy, box: { ...b, x: b.x + dx, y: b.y + dy } };
    const round = (v: number) => Math.round(v * 10) / 10;
    placed.push({
      id: p.id,
      text: p.text,
      x: round(best.x),
      y: round(best.y),
      anchor: best.anchor,
      box: { x: round(best.box.x), y: round(best.box.y), w: round(best.box.w), h: round(best.box.h) },
    });
  }
  return placed;
}
