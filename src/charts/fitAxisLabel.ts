import type { Anchor } from "./avoidLabelCollisions";
import { textWidth } from "./textWidth";

/**
 * Where an axis label centred on a tick goes: centred, unless that would run past an edge of
 * [0, width]; then it is set flush against that edge instead of being clipped.
 */
export function fitAxisLabel(
  x: number,
  lines: readonly string[],
  fontSize: number,
  width: number,
): { x: number; anchor: Anchor } {
  const half = Math.max(...lines.map((l) => textWidth(l, fontSize))) / 2;
  if (x + half > width) return { x: width, anchor: "end" };
  if (x - half < 0) return { x: 0, anchor: "start" };
  return { x, anchor: "middle" };
}
