/** A label to stack along one axis: it wants to sit at `target` and takes `size` px. */
export interface DodgeItem {
  key: string;
  /** Preferred position of the label's start (top, for a vertical stack). */
  target: number;
  /** Extent of the label along the axis. */
  size: number;
}

/**
 * Positions labels along one axis so that none overlaps the next (`gap` px between them), each
 * as close as it can get to its target, all within [min, max]. Labels keep their order. When
 * they cannot all fit, they are packed from `min` and the overflow is reported, never hidden:
 * the caller decides to shorten them.
 */
export function dodgeLabels(
  items: readonly DodgeItem[],
  opts: { min: number; max: number; gap?: number },
): { positions: Map<string, number>; overflow: number } {
  const gap = opts.gap ?? 2;
  const sorted = [...items].sort((a, b) => a.target - b.target);
  const pos = sorted.map((it) => Math.max(opts.min, Math.min(it.target, opts.max - it.size)));
  // Downward pass: push each label below the previous one.
  for (let i = 1; i < sorted.length; i++) {
    const floor = pos[i - 1]! + sorted[i - 1]!.size + gap;
    if (pos[i]! < floor) pos[i] = floor;
  }
  // Upward pass: pull back labels that ran past the end, without crossing `min`.
  const last = sorted.length - 1;
  if (last >= 0 && pos[last]! + sorted[last]!.size > opts.max) {
    pos[last] = opts.max - sorted[last]!.size;
    for (let i = last - 1; i >= 0; i--) {
      const ceiling = pos[i + 1]! - gap - sorted[i]!.size;
      if (pos[i]! > ceiling) pos[i] = ceiling;
    }
  }
  let overflow = 0;
  if (sorted.length && pos[0]! < opts.min) {
    overflow = opts.min - pos[0]!;
    // Pack from the top instead: the bottom runs over by `overflow`.
    pos[0] = opts.min;
    for (let i = 1; i < sorted.length; i++)
      pos[i] = Math.max(pos[i]!, pos[i - 1]! + sorted[i - 1]!.size + gap);
  }
  const positions = new Map<string, number>();
  sorted.forEach((it, i) => positions.set(it.key, Math.round(pos[i]! * 10) / 10));
  return { positions, overflow: Math.round(overflow * 10) / 10 };
}
