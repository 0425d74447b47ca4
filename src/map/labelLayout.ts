import { overlaps, type Rect } from "./placeLabels";

/** A point label to place beside its point; w and h are its measured size in CSS pixels. */
export interface PointLabelInput {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A name written across an area (country, region): centred on its point, dropped if it collides. */
export interface AreaLabelInput extends PointLabelInput {
  kind: "country" | "region";
}

export type Side = "right" | "left" | "above" | "below";

export interface PlacedLabel {
  id: string;
  /** Top-left corner of the label box. */
  x: number;
  y: number;
  side: Side | "center";
  visible: boolean;
}

const GAP = 8;

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
  }
}

/**
 * Places the live map's labels in screen space once the camera has settled. Point labels (places,
 * bases, the route) go right, left, above or below their point, whichever stays inside the map and
 * hits the fewest earlier labels, markers and `obstacles` (the legend); they are never dropped.
 * Area labels (countries, regions) are context: one that would collide or leave the map is hidden.
 */
export function layoutMapLabels(
  points: PointLabelInput[],
  areas: AreaLabelInput[],
  opts: { width: number; height: number; obstacles?: Rect[]; markerRadius?: number },
): PlacedLabel[] {
  const { width, height } = opts;
  const r = opts.markerRadius ?? 6;
  const taken: Rect[] = [
    ...(opts.obstacles ?? []),
    ...points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r })),
  ];
  const out: PlacedLabel[] = [];
  for (const p of points) {
    let best: { side: Side; b: Rect } | null = null;
    let bestScore = Infinity;
    for (const side of ["right", "left", "above", "below"] as const) {
      const b = box(p, side);
      const outside =
        Math.max(0, -b.x) +
        Math.max(0, b.x + b.w - width) +
        Math.max(0, -b.y) +
        Math.max(0, b.y + b.h - height);
      const hits = taken.filter((t) => overlaps(t, b)).length;
      const score = outside * 10 + hits * 100;
      if (score < bestScore) {
        best = { side, b };
        bestScore = score;
        if (score === 0) break;
      }
    }
    const { side, b } = best!;
    // Nudge a label that still sticks out back inside the map: a clipped name cannot be read.
    const x = Math.min(Math.max(b.x, 2), Math.max(2, width - b.w - 2));
    const y = Math.min(Math.max(b.y, 2), Math.max(2, height - b.h - 2));
    taken.push({ x, y, w: b.w, h: b.h });
    out.push({ id: p.id, x: round(x), y: round(y), side, visible: true });
  }
  for (const a of areas) {
    const b = { x: a.x - a.w / 2, y: a.y - a.h / 2, w: a.w, h: a.h };
    const inside = b.x >= 4 && b.y >= 4 && b.x + b.w <= width - 4 && b.y + b.h <= height - 4;
    const visible = inside && !taken.some((t) => overlaps(t, b));
    if (visible) taken.push(b);
    out.push({ id: a.id, x: round(b.x), y: round(b.y), side: "center", visible });
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
