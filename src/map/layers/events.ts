import { z } from "astro/zod";
import { layerId, colour, credit } from "./layerFields";
import { scaleSqrt } from "d3-scale";
import { markerShape } from "../symbols";
import { Z } from "../styleLayer";
import type { Feature, Point } from "geojson";
import type { BuildLayerKind, DataOf, StaticLayerBase } from "./layerKind";
import type { FeatureRow } from "../featureRows";
import { formatNumber } from "../../i18n/format";
import { layerData } from "../overlay";
import { layerKey, mapText } from "../mapStrings";
import type { GedEvent } from "../../data/gedEvents";
import type { Region } from "../../data/geo";
import { geoContains, geoDistance } from "d3-geo";
import { defaultLocale } from "../../i18n/editions";
import type { EventProps } from "../overlay";
import { pointFeature } from "../pointFeature";
import { eventsLive } from "./eventsLive";

/** How content/map.json declares a layer of this kind. */
export const eventsSchema = z.strictObject({
  id: layerId,
  /** The events table, circles sized by deaths; events with a stand-in location are not drawn. */
  kind: z.literal("events"),
  /** Colour of the circles. */
  colour,
  /** The dataset, for popups and tables. */
  source: z.strictObject({ title: z.string().min(1), url: z.url() }),
  credit,
});

/** Events at build time: the events table's points, and per year those with a stand-in location. */
export const events: BuildLayerKind<"events", StaticEvents> = {
  live: eventsLive,
  dataRoles: () => ["events"],
  stringParts: () => ["years", "what", "where", "hidden", "deaths", "popup", "place"],
  clientStringParts: ["deaths", "popup", "place"],
  data: (_layer, { ged, data }) => eventsData(ged, data.regions),
  legendLabel: (layer, view, { strings }) => {
    if (!view.eventYears) return null;
    const [a, b] = view.eventYears;
    return mapText(strings, layerKey(layer.id, "years"), { years: a === b ? String(a) : `${a}–${b}` });
  },
  notes: (layer, view, { overlay, strings, locale }) => {
    const d = layerData(overlay, layer.id, "events");
    const [from, to] = view.eventYears ?? d.years;
    let hidden = 0;
    for (const [y, v] of Object.entries(d.notShown)) if (+y >= from && +y <= to) hidden += v.n;
    return hidden
      ? [
          {
            kind: "events-hidden",
            text: mapText(
              strings,
              layerKey(layer.id, "hidden"),
              { n: formatNumber(hidden, locale), count: hidden },
              locale,
            ),
          },
        ]
      : [];
  },
  rows: (layer, view, { overlay, strings, locale }) => {
    const num = (n: number) => formatNumber(n, locale);
    const ev = layerData(overlay, layer.id, "events");
    const [from, to] = view.eventYears ?? ev.years;
    const byYear = new Map<number, { shown: number; deaths: number }>();
    for (const f of ev.points.features) {
      const { y, d } = f.properties;
      if (y < from || y > to) continue;
      const v = byYear.get(y) ?? { shown: 0, deaths: 0 };
      v.shown += 1;
      v.deaths += d;
      byYear.set(y, v);
    }
    const rows: FeatureRow[] = [];
    for (let y = from; y <= to; y++) {
      const v = byYear.get(y) ?? { shown: 0, deaths: 0 };
      const hidden = ev.notShown[y] ?? { n: 0, deaths: 0 };
      if (!v.shown && !hidden.n) continue;
      rows.push({
        what: mapText(strings, layerKey(layer.id, "what"), { n: num(v.shown + hidden.n) }),
        when: String(y),
        where: mapText(strings, layerKey(layer.id, "where"), {
          shown: num(v.shown),
          hidden: num(hidden.n),
        }),
        // All the year's events, drawn or not.
        toll: mapText(
          strings,
          layerKey(layer.id, "deaths"),
          { n: num(v.deaths + hidden.deaths), count: v.deaths + hidden.deaths },
          locale,
        ),
        sources: [layer.source],
      });
    }
    return rows;
  },
  static: {
    order: Z.events,
    draw: (layer, symbol, { step, overlay, project, width, mapHeight }) => {
      const [yearFrom, yearTo] = step.eventYears ?? [-Infinity, Infinity];
      const ev = layerData(overlay, layer.id, "events");
      let circles: { x: number; y: number; r: number }[] = [];
      for (const f of ev.points.features) {
        if (f.properties.y < yearFrom || f.properties.y > yearTo) continue;
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = project(lon, lat);
        if (p && p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= mapHeight)
          circles.push({ ...p, r: Math.round(eventRadius(f.properties.d) * 10) / 10 });
      }
      // Big circles first so small ones stay visible on top.
      circles = circles.sort((a, b) => b.r - a.r);
      let notDrawn = 0;
      for (const [y, v] of Object.entries(ev.notShown)) if (+y >= yearFrom && +y <= yearTo) notDrawn += v.n;
      return { kind: "events", id: layer.id, symbol, circles, notDrawn };
    },
    svg: (l, shape) => l.circles.map((e) => shape(markerShape(l.symbol, e.x, e.y, e.r), l.symbol)),
    creditKey: "map.creditEvents",
  },
};

/**
 * The region whose outline holds `point`, or the one with the nearest outline vertex: the events
 * table places some events a few hundred metres outside every region (on a border river, a lake
 * shore), where the source still names the region they belong to.
 */
export function regionAt(regions: readonly Region[], point: [number, number]): Region | undefined {
  const inside = regions.find((r) => geoContains(r.geometry, point));
  if (inside) return inside;
  let best: Region | undefined;
  let bestDistance = Infinity;
  for (const r of regions) {
    const polygons = r.geometry.type === "Polygon" ? [r.geometry.coordinates] : r.geometry.coordinates;
    for (const ring of polygons.flat())
      for (const v of ring) {
        const d = geoDistance(point, v as [number, number]);
        if (d < bestDistance) [best, bestDistance] = [r, d];
      }
  }
  return best;
}

function eventsData(ged: GedEvent[], regions: readonly Region[]): DataOf<"events"> {
  const points: Feature<Point, EventProps>[] = [];
  const notShown: Record<string, { n: number; deaths: number }> = {};
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const ev of ged) {
    minYear = Math.min(minYear, ev.year);
    maxYear = Math.max(maxYear, ev.year);
    if (ev.coord_precision_guess) {
      const hidden = (notShown[ev.year] ??= { n: 0, deaths: 0 });
      hidden.n += 1;
      hidden.deaths += ev.deaths_best;
      continue;
    }
    // The dataset's admin-1 ("<name> region") is in its own language: the region comes from the
    // regions file, in the edition's words; the place stays the dataset's, marked as its words.
    const where = ev.where_description?.split(" / ")[0] ?? "";
    points.push(
      pointFeature(ev.longitude, ev.latitude, {
        id: ev.id,
        y: ev.year,
        date: ev.date_start,
        d: ev.deaths_best,
        t: ev.type_of_violence,
        r: regionAt(regions, [ev.longitude, ev.latitude])?.name ?? "",
        where: where.length > 90 ? `${where.slice(0, 89)}…` : where,
      }),
    );
  }
  // Big circles first, so small ones are drawn on top and stay visible.
  points.sort((a, b) => b.properties.d - a.properties.d);
  return {
    kind: "events",
    points: { type: "FeatureCollection", features: points },
    notShown,
    years: [minYear, maxYear],
    lang: defaultLocale(),
  };
}

/** Event circle radius on the static map: area proportional to deaths. */
export const eventRadius = scaleSqrt().domain([0, 100]).range([1.5, 14]).clamp(true);

/** The events of a step on the static map, and how many of its years' events have no place to be drawn. */
export interface StaticEvents extends StaticLayerBase {
  kind: "events";
  circles: { x: number; y: number; r: number }[];
  notDrawn: number;
}
