import type { Geometry, MultiLineString, MultiPolygon, Position } from "geojson";

/** [[west, south], [east, north]] in degrees. */
export type Box = [[number, number], [number, number]];

type Edge = (p: Position) => boolean;

/** One Sutherland–Hodgman pass: keeps the part of a closed ring on the inner side of one edge. */
function clipRingToEdge(ring: Position[], inside: Edge, cross: (a: Position, b: Position) => Position) {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!;
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn) {
      if (!prevIn) out.push(cross(prev, cur));
      out.push(cur);
    } else if (prevIn) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

function edges([[w, s], [e, n]]: Box): [Edge, (a: Position, b: Position) => Position][] {
  const atX = (x: number) => (a: Position, b: Position) => [
    x,
    a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!),
  ];
  const atY = (y: number) => (a: Position, b: Position) => [
    a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!),
    y,
  ];
  return [
    [(p) => p[0]! >= w, atX(w)],
    [(p) => p[0]! <= e, atX(e)],
    [(p) => p[1]! >= s, atY(s)],
    [(p) => p[1]! <= n, atY(n)],
  ];
}

/**
 * Clips a polygon ring to a longitude/latitude box (Sutherland–Hodgman: exact for a rectangular
 * window). Returns a closed ring, or null when nothing of the ring is inside the box.
 */
export function clipRing(ring: Position[], box: Box): Position[] | null {
  // Work on the open ring; close it again at the end.
  let pts = ring.length > 1 && samePoint(ring[0]!, ring[ring.length - 1]!) ? ring.slice(0, -1) : ring.slice();
  for (const [inside, cross] of edges(box)) {
    if (pts.length === 0) break;
    pts = clipRingToEdge(pts, inside, cross);
  }
  pts = dedupe(pts);
  if (pts.length < 3) return null;
  return [...pts, pts[0]!];
}

/** Clips a line to a box: the parts inside, each a line of at least two points. */
export function clipLine(line: Position[], box: Box): Position[][] {
  const [[w, s], [e, n]] = box;
  const inBox = (p: Position) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    if (i > 0) {
      const seg = clipSegment(line[i - 1]!, p, box);
      if (seg) {
        const [a, b] = seg;
        if (current.length === 0 || !samePoint(current[current.length - 1]!, a)) {
          if (current.length > 1) parts.push(current);
          current = [a];
        }
        current.push(b);
        if (!inBox(p)) {
          if (current.length > 1) parts.push(current);
          current = [];
        }
      }
    }
  }
  if (current.length > 1) parts.push(current);
  return parts.map(dedupe).filter((p) => p.length > 1);
}

/** Liang–Barsky: the part of segment a→b inside the box, or null. */
export function clipSegment(a: Position, b: Position, [[w, s], [e, n]]: Box): [Position, Position] | null {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0]! - w],
    [dx, e - a[0]!],
    [-dy, a[1]! - s],
    [dy, n - a[1]!],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [
    [a[0]! + t0 * dx, a[1]! + t0 * dy],
    [a[0]! + t1 * dx, a[1]! + t1 * dy],
  ];
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(pts: Position[]): Position[] {
  return pts.filter((p, i) => i === 0 || !samePoint(p, pts[i - 1]!));
}

/** Clips polygons to a box; null when nothing is left. */
export function clipPolygons(polygons: Position[][][], box: Box): MultiPolygon | null {
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const outer = clipRing(rings[0]!, box);
    if (!outer) continue;
    const holes = rings
      .slice(1)
      .map((r) => clipRing(r, box))
      .filter((r): r is Position[] => r !== null);
    out.push([outer, ...holes]);
  }
  return out.length ? { type: "MultiPolygon", coordinates: out } : null;
}

/** Clips lines to a box; null when nothing is left. */
export function clipLines(lines: Position[][], box: Box): MultiLineString | null {
  const out = lines.flatMap((l) => clipLine(l, box));
  return out.length ? { type: "MultiLineString", coordinates: out } : null;
}

/** Clips any polygon or line geometry to a box. Points are kept when inside. */
export function clipGeometry(g: Geometry, box: Box): Geometry | null {
  switch (g.type) {
    case "Polygon":
      return clipPolygons([g.coordinates], box);
    case "MultiPolygon":
      return clipPolygons(g.coordinates, box);
    case "LineString":
      return clipLines([g.coordinates], box);
    case "MultiLineString":
      return clipLines(g.coordinates, box);
    case "Point": {
      const [[w, s], [e, n]] = box;
      const [x, y] = g.coordinates as [number, number];
      return x >= w && x <= e && y >= s && y <= n ? g : null;
    }
    default:
      throw new Error(`clipGeometry: ${g.type} is not supported`);
  }
}

/**
 * Rounds coordinates to `digits` decimals and drops the points that rounding made equal to the
 * one before (3 decimals ≈ 110 m: finer than a pixel at the zooms the story uses).
 */
export function roundGeometry<G extends Geometry>(g: G, digits: number): G {
  const k = 10 ** digits;
  const r = (p: Position): Position => [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];
  const line = (l: Position[]) => dedupe(l.map(r));
  const ring = (l: Position[]) => {
    const d = line(l);
    return d.length >= 4 ? d : null;
  };
  switch (g.type) {
    case "Point":
      return { ...g, coordinates: r(g.coordinates) };
    case "LineString":
      return { ...g, coordinates: line(g.coordinates) };
    case "MultiLineString":
      return { ...g, coordinates: g.coordinates.map(line).filter((l) => l.length > 1) };
    case "Polygon":
      return { ...g, coordinates: g.coordinates.map(ring).filter((x): x is Position[] => x !== null) };
    case "MultiPolygon":
      return {
        ...g,
        coordinates: g.coordinates
          .map((rings) => {
            const out = rings.map(ring);
            return out[0] ? out.filter((x): x is Position[] => x !== null) : null;
          })
          .filter((x): x is Position[][] => x !== null),
      };
    default:
      return g;
  }
}
