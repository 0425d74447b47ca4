import type { Position } from "geojson";

/** Points along a schematic route: enough that every renderer draws the same straight line. */
export const ROUTE_POINTS = 48;

/**
 * A schematic route from `from` to `to`: a straight line in longitude/latitude, densified so the
 * static map (d3-geo draws great-circle arcs between points) and the live map (straight segments)
 * draw the same line. It is not the road taken: no source gives that.
 */
export function schematicRoute(from: Position, to: Position, n = ROUTE_POINTS): Position[] {
  const out: Position[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    out.push([round(from[0]! + (to[0]! - from[0]!) * t), round(from[1]! + (to[1]! - from[1]!) * t)]);
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

/**
 * The first `progress` (0–1) of a line, by length: the part of a route drawn so far. Progress 0
 * gives the first point twice (an empty line that renderers accept), 1 the whole line.
 */
export function sliceLine(line: Position[], progress: number): Position[] {
  if (line.length < 2) return line.slice();
  const p = Math.min(1, Math.max(0, progress));
  const lengths = [0];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!));
  }
  const total = lengths[lengths.length - 1]!;
  if (p >= 1 || total === 0) return line.slice();
  const target = total * p;
  const out: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    if (lengths[i]! < target) {
      out.push(line[i]!);
      continue;
    }
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = lengths[i]! - lengths[i - 1]!;
    const t = seg === 0 ? 0 : (target - lengths[i - 1]!) / seg;
    out.push([round(a[0]! + (b[0]! - a[0]!) * t), round(a[1]! + (b[1]! - a[1]!) * t)]);
    break;
  }
  return out.length > 1 ? out : [line[0]!, line[0]!];
}
