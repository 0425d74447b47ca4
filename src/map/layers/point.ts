import { z } from "astro/zod";
import { layerId, ref, credit } from "./layerFields";
import type { MapPoint } from "../staticMap";
import { markerShape } from "../symbols";
import { Z } from "../styleLayer";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
import { formatNumber } from "../../i18n/format";
import { layerData } from "../overlay";
import { layerKey, mapText } from "../mapStrings";
import { displayName } from "../displayName";
import { pointFeature } from "../pointFeature";
import { pointLive } from "./pointLive";

/** How content/map.json declares a layer of this kind. */
export const pointSchema = z.strictObject({
  id: layerId,
  /** One place drawn as a ring, with a label. Strings: `.label`, `.what`. */
  kind: z.literal("point"),
  /** Place id (places table). */
  place: ref,
  /** Source title shown in the data table (the link is the place's source_url). */
  source: z.string().min(1),
  credit,
});

/** A point at build time: its place. */
export const point: BuildLayerKind<"point", StaticPoint> = {
  live: pointLive,
  stringParts: () => ["label", "what"],
  data: (layer, { placeOf }) => {
    const p = placeOf("place", layer.place);
    return { kind: "point", point: pointFeature(p.lon, p.lat, { id: p.id, name: displayName(p.name) }) };
  },
  labels: {
    rank: 1,
    of: (layer, _view, { overlay, strings }) => {
      const [lon, lat] = layerData(overlay, layer.id, "point").point.geometry.coordinates as [number, number];
      return [
        {
          id: layer.id,
          lngLat: [lon, lat],
          text: mapText(strings, layerKey(layer.id, "label")),
          sub: [],
          kind: "point",
        },
      ];
    },
  },
  rows: (layer, _view, { data, overlay, strings, locale }) => {
    const num = (n: number) => formatNumber(n, locale);
    const t = data.placeById.get(layerData(overlay, layer.id, "point").point.properties.id)!;
    return [
      {
        what: mapText(strings, layerKey(layer.id, "what")),
        when: "",
        // The edition's letters for the hemispheres (map.north, map.south, map.east, map.west).
        where: `${num(Math.abs(t.lat))}° ${mapText(strings, t.lat < 0 ? "map.south" : "map.north")}, ${num(Math.abs(t.lon))}° ${mapText(strings, t.lon < 0 ? "map.west" : "map.east")}`,
        toll: "",
        sources: [{ title: layer.source, url: t.source_url.split(/\s/)[0]! }],
      },
    ];
  },
  static: {
    order: Z.point,
    draw: (layer, symbol, { overlay, project }) => {
      const pt = layerData(overlay, layer.id, "point").point;
      const [lon, lat] = pt.geometry.coordinates as [number, number];
      const p = project(lon, lat);
      return p ? { kind: "point", id: layer.id, symbol, at: { id: pt.properties.id, ...p } } : null;
    },
    svg: (l, shape) => [shape(markerShape(l.symbol, l.at.x, l.at.y, POINT_RING), l.symbol)],
    obstacles: (l) => [{ x: l.at.x - 10, y: l.at.y - 10, w: 20, h: 20 }],
  },
};

/** Radius of the ring of a point layer at the static map's scale. */
export const POINT_RING = 9;

/** The point on the static map. */
export interface StaticPoint extends StaticLayerBase {
  kind: "point";
  at: MapPoint;
}
