import { z } from "astro/zod";
import { layerId, ref, colour, credit } from "./layerFields";
import { markerShape } from "../symbols";
import { Z } from "../styleLayer";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
import type { TroopPoint } from "../overlay";
import type { MapLabel } from "../mapStep";
import { formatDate, formatNumber } from "../../i18n/format";
import { displayName } from "../displayName";
import { layerData } from "../overlay";
import { layerKey, mapText } from "../mapStrings";
import { isApproximateFigure, troopWords } from "../../data/troops";
import { pointFeature } from "../pointFeature";
import { sitesLive } from "./sitesLive";

/** How content/map.json declares a layer of this kind. */
export const sitesSchema = z.strictObject({
  id: layerId,
  /** Rows of the sites table whose `force` is `force`. Strings: `layer.<id>.short`, `.what`, `.troops`. */
  kind: z.literal("sites"),
  /** The value of the sites table's `force` column this layer draws. */
  force: ref,
  /** Marker shape. */
  symbol: z.enum(["square", "diamond"]),
  /** Marker fill. */
  colour,
  /** Horizontal shift in pixels when another shown sites layer has a site at the same place. */
  offset: z.number().default(0),
  /** Country-wide troop figures listed under the legend: rows of the troops table for `force`. */
  troops: z
    .strictObject({
      /** Timeline event id: figures from its date on. */
      since: ref,
      /** Rows whose `location` starts with this word are country-wide totals. */
      location: ref,
    })
    .optional(),
  credit,
});

/** Sites at build time: the sites table's rows for the force, and its country-wide troop figures. */
export const sites: BuildLayerKind<"sites", StaticSites> = {
  live: sitesLive,
  dataRoles: (layer) => ["sites", ...(layer.troops ? (["troops"] as const) : [])],
  stringParts: (layer) => ["short", "what", ...(layer.troops ? ["troops"] : [])],
  data: (layer, { data, eventOf, fail, sourcesOf }) => {
    if (!data.bases.some((b) => b.force === layer.force))
      fail("force", layer.force, "no row of the sites table has this force");
    const points = data.bases
      .filter((b) => b.force === layer.force)
      .map((b) => {
        const p = data.placeById.get(b.place_id)!;
        return pointFeature(p.lon, p.lat, {
          force: b.force,
          name: b.base,
          placeId: b.place_id,
          role: b.role,
          troops: b.troops_reported,
          leftBy: b.left_by,
          eventId: b.left_by_source_event_id,
          sources: sourcesOf(b.left_by_source_event_id),
        });
      });
    const since = layer.troops ? eventOf("troops.since", layer.troops.since).date : null;
    const where = layer.troops ? new RegExp(`^${escapeRegExp(layer.troops.location)}\\b`) : null;
    const troops: TroopPoint[] =
      since && where
        ? data.troops
            .filter((t) => t.force === layer.force && where.test(t.location) && t.date >= since)
            .map((t) => ({
              date: t.date,
              troops: t.troops,
              ...troopWords(t),
              approximate: isApproximateFigure(t),
              source: { title: t.source, url: t.url },
            }))
        : [];
    return { kind: "sites", points: { type: "FeatureCollection", features: points }, troops };
  },
  // Site facts go under the label of the marked place at (or next to) the site; a site with no
  // marked place near it keeps its symbol and legend entry but no label, so labels stay few.
  addFacts: (layer, labels, byPlace, _view, { overlay, strings, locale }) => {
    for (const b of layerData(overlay, layer.id, "sites").points.features) {
      const props = b.properties;
      const [lon, lat] = b.geometry.coordinates as [number, number];
      const at = byPlace.get(props.placeId) ?? nearestLabel(labels, lon, lat, NEAR_KM);
      if (!at) continue;
      // Short lines keep labels narrow: "Air Base 101: part of ~1,100 (2023)", "left by …".
      const name = displayName(props.name);
      const title =
        name.length <= SHORT_NAME && name !== at.text ? name : mapText(strings, layerKey(layer.id, "short"));
      at.sub.push(
        `${title}: ${firstClause(props.troops)}`,
        mapText(strings, "map.leftBy", { date: formatDate(props.leftBy, locale, "short") }),
      );
    }
  },
  notes: (layer, _view, { overlay, strings, locale }) =>
    layer.troops
      ? [
          {
            kind: "troops",
            text: mapText(strings, layerKey(layer.id, "troops"), {
              list: troopList(layerData(overlay, layer.id, "sites").troops, locale),
            }),
          },
        ]
      : [],
  rows: (layer, _view, { data, overlay, strings, locale }) =>
    layerData(overlay, layer.id, "sites").points.features.map((b) => {
      const q = b.properties;
      return {
        what: mapText(strings, layerKey(layer.id, "what"), { name: displayName(q.name) }),
        when: mapText(strings, "map.leftBy", { date: formatDate(q.leftBy, locale, "long") }),
        where: displayName(data.placeById.get(q.placeId)!.name),
        toll: q.troops,
        sources: q.sources.slice(0, 3),
      };
    }),
  static: {
    order: Z.sites,
    draw: (layer, symbol, { data, overlay, shown, project }) => {
      const seen = new Set<string>();
      const marks: { placeId: string; x: number; y: number }[] = [];
      // Sites of two shown layers at one place sit side by side, shifted by each layer's offset.
      const others = shown.filter((o) => o.kind === layer.kind && o.id !== layer.id);
      for (const f of layerData(overlay, layer.id, "sites").points.features) {
        const placeId = f.properties.placeId;
        if (seen.has(placeId)) continue;
        seen.add(placeId);
        const place = data.placeById.get(placeId)!;
        const p = project(place.lon, place.lat);
        const shared = others.some((o) =>
          layerData(overlay, o.id, "sites").points.features.some((g) => g.properties.placeId === placeId),
        );
        const dx = shared ? layer.offset : 0;
        if (p) marks.push({ placeId, x: p.x + dx, y: p.y });
      }
      return { kind: "sites", id: layer.id, symbol, marks };
    },
    svg: (l, shape) => l.marks.map((b) => shape(markerShape(l.symbol, b.x, b.y), l.symbol)),
    obstacles: (l) => l.marks.map((b) => ({ x: b.x - 7, y: b.y - 7, w: 14, h: 14 })),
  },
};

/** Site names longer than this are replaced by the layer's short label in map labels. */
const SHORT_NAME = 16;

/** A site this close to a marked place is labelled with it (an airport and its city). */
const NEAR_KM = 15;

function nearestLabel(labels: MapLabel[], lon: number, lat: number, km: number): MapLabel | undefined {
  let best: MapLabel | undefined;
  let bestKm = km;
  for (const l of labels) {
    const dy = (l.lngLat[1] - lat) * 111.32;
    const dx = (l.lngLat[0] - lon) * 111.32 * Math.cos((lat * Math.PI) / 180);
    const d = Math.hypot(dx, dy);
    if (d <= bestKm) {
      best = l;
      bestKm = d;
    }
  }
  return best;
}

/** "~1,000 (Oct 2023, AFP); part of ~400 …" → "~1,000 (Oct 2023, AFP)". */
function firstClause(s: string): string {
  return s.split(";")[0]!.trim();
}

function troopList(points: TroopPoint[], locale: string): string {
  return points
    .map(
      (p) =>
        `${p.approximate && p.troops > 0 ? "~" : ""}${formatNumber(p.troops, locale)} (${formatDate(p.date, locale, "short")})`,
    )
    .join(" → ");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The sites on the static map, one marker per place. */
export interface StaticSites extends StaticLayerBase {
  kind: "sites";
  marks: { placeId: string; x: number; y: number }[];
}
