import { labelled, semicolonList } from "../i18n/punctuation";
import type { MapView } from "./mapView";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import { formatDate, formatNumber } from "../i18n/format";
import type { Overlay, SourceLink } from "./overlay";
import { displayName, layerData } from "./overlay";
import { incidentsShown } from "./mapStep";
import { layerKey, mapText } from "./mapStrings";
import type { MapContent } from "./mapLayers";

/** One row of a map step's data table: what is drawn, when, where, its toll, and its sources. */
export interface FeatureRow {
  what: string;
  when: string;
  where: string;
  /** Toll or figure; "" when there is none (shown as a dash, never as zero). */
  toll: string;
  sources: SourceLink[];
}

export interface FeatureRowContext {
  data: StoryData;
  overlay: Overlay;
  strings: Strings;
  locale: string;
  content: MapContent;
}

/**
 * The data behind a map step, as table rows: the text alternative of the map's data layers, built
 * at build time from the same step config as the maps, so it works without JavaScript and prints.
 * Incidents without a location and events without a precise one are listed, and say so.
 */
export function featureRows(view: MapView, ctx: FeatureRowContext): FeatureRow[] {
  const { data, overlay, strings, locale } = ctx;
  const rows: FeatureRow[] = [];
  const date = (iso: string) => formatDate(iso, locale, "long");
  const num = (n: number) => formatNumber(n, locale);

  // In the order of content/map.json, whatever the step's order.
  for (const layer of ctx.content.layers.filter((l) => view.layers.includes(l.id))) {
    switch (layer.kind) {
      case "incidents": {
        const d = incidentsShown(layerData(overlay, layer.id, "incidents"), view);
        const all = [...d.points.features.map((f) => f.properties), ...d.unmapped].sort((a, b) =>
          a.date.localeCompare(b.date),
        );
        for (const a of all) {
          const place = a.placeId ? displayName(data.placeById.get(a.placeId)!.name) : null;
          const where = place
            ? `${place}, ${a.region}${a.approximate ? ` (${mapText(strings, "map.approximateLocation")}${a.km ? `, ±${num(a.km)} km` : ""})` : ""}`
            : labelled(strings, a.region, mapText(strings, "map.noLocation"));
          const toll: string[] = [];
          if (a.killed !== null)
            toll.push(mapText(strings, "map.soldiersKilled", { n: num(a.killed), count: a.killed }, locale));
          if (a.civilians)
            toll.push(
              mapText(strings, "map.civiliansKilled", { n: num(a.civilians), count: a.civilians }, locale),
            );
          if (a.wounded !== null)
            toll.push(mapText(strings, "map.wounded", { n: num(a.wounded), count: a.wounded }, locale));
          if (a.claim) toll.push(mapText(strings, "map.claim", { claim: a.claim }));
          rows.push({
            what: a.name,
            when: date(a.date),
            where,
            toll: semicolonList(strings, toll),
            sources: a.sources.slice(0, 3),
          });
        }
        break;
      }
      case "sites":
        for (const b of layerData(overlay, layer.id, "sites").points.features) {
          const q = b.properties;
          rows.push({
            what: mapText(strings, layerKey(layer.id, "what"), { name: displayName(q.name) }),
            when: mapText(strings, "map.leftBy", { date: date(q.leftBy) }),
            where: displayName(data.placeById.get(q.placeId)!.name),
            toll: q.troops,
            sources: q.sources.slice(0, 3),
          });
        }
        break;
      case "route": {
        const r = layerData(overlay, layer.id, "route").route;
        rows.push({
          what: mapText(strings, layerKey(layer.id, "what")),
          when: date(r.date),
          where: `${r.fromName} → ${r.toName}`,
          toll:
            r.distanceKm !== null
              ? mapText(strings, "map.routeDistance", {
                  qualifier: r.distanceQualifier ?? "",
                  km: num(r.distanceKm),
                }).trim()
              : "",
          sources: r.sources.slice(0, 3),
        });
        break;
      }
      case "countries": {
        const g = layerData(overlay, layer.id, "countries");
        rows.push({
          what: mapText(strings, layerKey(layer.id, "what")),
          when: date(g.date),
          where: g.names.join(", "),
          toll: "",
          sources: g.sources.slice(0, 3),
        });
        break;
      }
      case "point": {
        const t = data.placeById.get(layerData(overlay, layer.id, "point").point.properties.id)!;
        rows.push({
          what: mapText(strings, layerKey(layer.id, "what")),
          when: "",
          // The edition's letters for the hemispheres (map.north, map.south, map.east, map.west).
          where: `${num(Math.abs(t.lat))}° ${mapText(strings, t.lat < 0 ? "map.south" : "map.north")}, ${num(Math.abs(t.lon))}° ${mapText(strings, t.lon < 0 ? "map.west" : "map.east")}`,
          toll: "",
          sources: [{ title: layer.source, url: t.source_url.split(/\s/)[0]! }],
        });
        break;
      }
      case "events": {
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
        break;
      }
      default:
        break;
    }
  }
  return rows;
}
