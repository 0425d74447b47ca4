import { textWidth } from "./textWidth";

/** A box in SVG units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Anchor = "start" | "middle" | "end";

/** One place a label may go: (x, y) is the anchor point on the first line's baseline. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: Anchor;
}

export interface LabelRequest {
  key: string;
  lines: string[];
  fontSize: number;
  bold?: boolean;
  /** Spots in order of preference. */
  spots: LabelSpot[];
}

export interface PlacedLabel {
  key: string;
  lines: string[];
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  /** False when every spot collided and the least bad one was taken. */
  clear: boolean;
}

export const LINE_HEIGHT = 1.25;

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The box a label takes at a spot: from cap height of the first line to the last descender. */
export function labelBox(lines: string[], fontSize: number, spot: LabelSpot, bold = false): Box {
  const w = Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
  const h = fontSize * (0.95 + (lines.length - 1) * LINE_HEIGHT) + fontSize * 0.25;
  const x = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - w : spot.x - w / 2;
  return { x, y: spot.y - fontSize * 0.95, w, h };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Places labels one after another (earlier requests win): each takes its first spot that stays
 * inside `bounds` and overlaps neither an obstacle (a mark) nor a label already placed. When no
 * spot is free, the spot with the least overlap is used and the label is flagged: a requested
 * label is never dropped silently.
 */
export function avoidLabelCollisions(
  requests: readonly LabelRequest[],
  opts: { bounds: Box; obstacles?: readonly Box[]; padding?: number },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const obstacles = opts.obstacles ?? [];
  const pad = opts.padding ?? 2;
  const { bounds } = opts;
  for (const req of requests) {
    let best: { spot: LabelSpot; box: Box; score: number } | null = null;
    for (const spot of req.spots) {
      const box = labelBox(req.lines, req.fontSize, spot, req.bold);
      const padded = { x: box.x - pad, y: box.y - pad, w: box.w + 2 * pad, h: box.h + 2 * pad };
      const outside =
        Math.max(0, bounds.x - box.x) +
        Math.max(0, box.x + box.w - (bounds.x + bounds.w)) +
        Math.max(0, bounds.y - box.y) +
        Math.max(0, box.y + box.h - (bounds.y + bounds.h));
      const hits =
        placed.filter((l) => overlaps(l.box, padded)).length * 2 +
        obstacles.filter((o) => overlaps(o, padded)).length;
      // A clipped label is worse than one that touches a mark: outside costs the most.
      const score = outside * 1000 + hits * 100;
      if (!best || score < best.score) best = { spot, box, score };
      if (score === 0) break;
    }
    if (!best) throw new Error(`label "${req.key}" has no spot to go to`);
    placed.push({
      key: req.key,
      lines: req.lines,
      x: round(best.spot.x),
      y: round(best.spot.y),
      anchor: best.spot.anchor,
      box: { x: round(best.box.x), y: round(best.box.y), w: round(best.box.w), h: round(best.box.h) },
      clear: best.score === 0,
    });
  }
  return placed;
}
