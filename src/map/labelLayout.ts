import { overlaps, type Rect } from "./placeLabels";

/** A point label to place beside its point; w and h are its measured size in CSS pixels. */
export interface PointLabelInput {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Other points the label may sit beside (along a line), tried after (x, y). */
  alts?: { x: number; y: number }[];
  /** Its size with its first line only: used where the whole label finds no free place. */
  short?: { w: number; h: number };
}

/** A name written across an area (country, region): centred on its point, dropped if it collides. */
export interface AreaLabelInput extends PointLabelInput {
  kind: "country" | "region";
}

export type Side = "right" | "left" | "above" | "below" | "far-above" | "far-below";

/** Extra distance of the far positions, tried when the four near ones are taken. */
const FAR = 26;

export interface PlacedLabel {
  id: string;
  /** Top-left corner of the label box. */
  x: number;
  y: number;
  side: Side | "center";
  visible: boolean;
  /** Which anchor the label sits beside: 0 for (x, y), i + 1 for alts[i]. */
  anchor: number;
  /** Set when the label shows its first line only (its `short` size). */
  short?: true;
}

const GAP = 8;
const SIDES: Side[] = ["right", "left", "above", "below", "far-above", "far-below"];

function box(p: PointLabelInput, side: Side): Rect {
  switch (side) {
    case "right":
      return { x: p.x + GAP, y: p.y - p.h / 2, w: p.w, h: p.h };
    case "left":
      return { x: p.x - GAP - p.w, y: p.y - p.h / 2, w: p.w, h: p.h };
    case "above":
      return { x: p.x - p.w / 2, y: p.y - GAP - p.h, w: p.w, h: p.h };
    case "below":
      return { x: p.x - p.w / 2, y: p.y + GAP, w: p.w, h: p.h };
    case "far-above":
      return { x: p.x - p.w / 2, y: p.y - GAP - FAR - p.h, w: p.w, h: p.h };
    case "far-below":
      return { x: p.x - p.w / 2, y: p.y + GAP + FAR, w: p.w, h: p.h };
  }
}

/**
 * Places the live map's labels in screen space once the camera has settled. Point labels (places,
 * bases, the route) go right, left, above or below their point (or one of its alternatives along a
 * line), slid inside the map (or inside `labelArea`: on phones, the part of the map no step card
 * covers while its step is read), wherever they hit the fewest earlier labels, markers and
 * `obstacles` (the legend) and move least; they are never dropped.
 * Area labels (countries, regions) are context: one that would collide or leave the map is hidden.
 */
export function layoutMapLabels(
  points: PointLabelInput[],
  areas: AreaLabelInput[],
  opts: { width: number; height: number; obstacles?: Rect[]; markerRadius?: number; labelArea?: Rect },
): PlacedLabel[] {
  const { width, height } = opts;
  const area = opts.labelArea ?? { x: 0, y: 0, w: width, h: height };
  const r = opts.markerRadius ?? 6;
  const taken: Rect[] = [
    ...(opts.obstacles ?? []),
    ...points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r })),
  ];
  const out: PlacedLabel[] = [];
  // The best place for a label of this size: the fewest hits, then the least shift.
  const search = (p: PointLabelInput) => {
    let best: { side: Side; b: Rect; anchor: number; hits: number } | null = null;
    let bestScore = Infinity;
    const anchors = [{ x: p.x, y: p.y }, ...(p.alts ?? [])];
    search: for (let anchor = 0; anchor < anchors.length; anchor++) {
      const at = { ...p, ...anchors[anchor]! };
      for (const side of SIDES) {
        // A label that would stick out slides back inside the map (a clipped name cannot be
        // read); it is scored where it ends up, and sliding far from its point costs.
        const raw = box(at, side);
        const b = {
          ...raw,
          x: clamp(raw.x, area.x + 2, area.x + area.w - raw.w - 2),
          y: clamp(raw.y, area.y + 2, area.y + area.h - raw.h - 2),
        };
        const shift = Math.abs(b.x - raw.x) + Math.abs(b.y - raw.y);
        const hits = taken.filter((t) => overlaps(t, b)).length;
        // A later anchor costs a little, so the first wins when it is as good.
        const score = hits * 100 + shift * 2 + anchor + (side.startsWith("far") ? FAR : 0);
        if (score < bestScore) {
          best = { side, b, anchor, hits };
          bestScore = score;
          if (hits === 0 && shift === 0 && !side.startsWith("far")) break search;
        }
      }
    }
    return best!;
  };
  for (const p of points) {
    let best = search(p);
    // A label that would cover others keeps its name only, if that clears them.
    const short = best.hits > 0 && p.short ? search({ ...p, ...p.short }) : null;
    const useShort = short !== null && short.hits < best.hits;
    if (useShort) best = short;
    const { side, b, anchor } = best;
    taken.push(b);
    out.push({
      id: p.id,
      x: round(b.x),
      y: round(b.y),
      side,
      visible: true,
      anchor,
      ...(useShort ? { short: true as const } : {}),
    });
  }
  for (const a of areas) {
    const b = { x: a.x - a.w / 2, y: a.y - a.h / 2, w: a.w, h: a.h };
    const inside = b.x >= 4 && b.y >= 4 && b.x + b.w <= width - 4 && b.y + b.h <= height - 4;
    const visible = inside && !taken.some((t) => overlaps(t, b));
    if (visible) taken.push(b);
    out.push({ id: a.id, x: round(b.x), y: round(b.y), side: "center", visible, anchor: 0 });
  }
  return out;
}

/** v within [min, max]; min wins when the range is empty (a label wider than the map). */
function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, max));
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
