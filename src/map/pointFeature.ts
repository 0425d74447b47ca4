import type { Feature, Point, Polygon, Position } from "geojson";

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** A GeoJSON point, its coordinates rounded to 4 decimals (about 10 m). */
export function pointFeature<P>(lon: number, lat: number, properties: P): Feature<Point, P> {
  return { type: "Feature", properties, geometry: { type: "Point", coordinates: [r4(lon), r4(lat)] } };
}

/** A circle of `km` around a point, as a polygon (km per degree of latitude: 111.32). */
export function circlePolygon(lon: number, lat: number, km: number, steps = 64): Polygon {
  const ring: Position[] = [];
  const dLat = km / 111.32;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i <= steps; i++) {
    const a = ((i % steps) / steps) * 2 * Math.PI;
    ring.push([r4(lon + dLon * Math.sin(a)), r4(lat + dLat * Math.cos(a))]);
  }
  return { type: "Polygon", coordinates: [ring] };
}
