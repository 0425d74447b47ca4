import type { Geometry, Position } from "geojson";

/** Squared distance from p to the segment a–b, in degrees (planar: fine for small tolerances). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker: drops the points of a line that lie closer than `tolerance` (degrees) to the
 * simplified line. The first and last points are always kept, so shared borders stay joined.
 */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const tol2 = tolerance * tolerance;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A ring keeps at least four points (a triangle, closed) or is dropped. */
function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const out = simplifyLine(ring, tolerance);
  return out.length >= 4 ? out : null;
}

/** Simplifies the lines and rings of a geometry; rings that collapse are dropped. */
export function simplifyGeometry<G extends Geometry>(g: G, tolerance: number): G {
  switch (g.type) {
    case "LineString":
      return { ...g, coordinates: simplifyLine(g.coordinates, tolerance) };
    case "MultiLineString":
      return { ...g, coordinates: g.coordinates.map((l) => simplifyLine(l, tolerance)) };
    case "Polygon": {
      const rings = g.coordinates.map((r) => simplifyRing(r, tolerance));
      return { ...g, coordinates: rings[0] ? rings.filter((r): r is Position[] => r !== null) : [] };
    }
    case "MultiPolygon":
      return {
        ...g,
        coordinates: g.coordinates
          .map((rings) => {
            const out = rings.map((r) => simplifyRing(r, tolerance));
            return out[0] ? out.filter((r): r is Position[] => r !== null) : null;
          })
          .filter((x): x is Position[][] => x !== null),
      };
    default:
      return g;
  }
}
