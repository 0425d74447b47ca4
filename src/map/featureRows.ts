import type { MapView } from "../story/chapterSchema";
import type { StoryData } from "../data/storyData";
import type { Strings } from "../i18n/strings";
import { formatDate, formatNumber } from "../i18n/format";
import type { Overlay, SourceLink } from "./overlay";
import { displayName } from "./overlay";
import { mapText } from "./mapStrings";

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
}

/**
 * The data behind a map step, as table rows: the text alternative of the map's data layers, built
 * at build time from the same step config as the maps, so it works without JavaScript and prints.
 * Attacks without a location and UCDP events without a precise one are listed, and say so.
 */
export function featureRows(view: MapView, ctx: FeatureRowContext): FeatureRow[] {
  const { data, overlay, strings, locale } = ctx;
  const layers = new Set(view.layers);
  const rows: FeatureRow[] = [];
  const date = (iso: string) => formatDate(iso, locale, "long");
  const num = (n: number) => formatNumber(n, locale);

  if (layers.has("attacks")) {
    const all = [...overlay.attacks.features.map((f) => f.properties), ...overlay.unmappedAttacks].sort(
      (a, b) => a.date.localeCompare(b.date),
    );
    for (const a of all) {
      const place = a.placeId ? displayName(data.placeById.get(a.placeId)!.name) : null;
      const where = place
        ? `${place}, ${a.region}${a.approximate ? ` (${mapText(strings, "map.approximateLocation")}${a.km ? `, ±${num(a.km)} km` : ""})` : ""}`
        : `${a.region}: ${mapText(strings, "map.noLocation")}`;
      const toll: string[] = [];
      if (a.killed !== null) toll.push(mapText(strings, "map.soldiersKilled", { n: num(a.killed) }));
      if (a.civilians) toll.push(mapText(strings, "map.civiliansKilled", { n: num(a.civilians) }));
      if (a.wounded !== null) toll.push(mapText(strings, "map.wounded", { n: num(a.wounded) }));
      if (a.claim) toll.push(mapText(strings, "map.armyClaim", { claim: a.claim }));
      rows.push({
        what: a.name,
        when: date(a.date),
        where,
        toll: toll.join("; "),
        sources: a.sources.slice(0, 3),
      });
    }
  }

  for (const [layer, force, label] of [
    ["french-bases", "France", "French"],
    ["us-bases", "United States", "US"],
  ] as const) {
    if (!layers.has(layer)) continue;
    for (const b of overlay.bases.features.filter((f) => f.properties.force === force)) {
      const q = b.properties;
      rows.push({
        what: mapText(strings, "map.baseWhat", { force: label, name: displayName(q.name) }),
        when: mapText(strings, "map.leftBy", { date: date(q.leftBy) }),
        where: displayName(data.placeById.get(q.placeId)!.name),
        toll: q.troops,
        sources: q.sources.slice(0, 3),
      });
    }
  }

  if (layers.has("french-withdrawal")) {
    const r = overlay.route;
    rows.push({
      what: mapText(strings, "map.routeWhat"),
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
  }

  if (layers.has("pact")) {
    const charter = overlay.aes.eventId
      ? data.timeline.events.find((e) => e.id === overlay.aes.eventId)
      : undefined;
    rows.push({
      what: mapText(strings, "map.pactWhat"),
      when: date(overlay.aes.charterSigned),
      where: overlay.aes.names.join(", "),
      toll: "",
      sources: (charter?.sources ?? [])
        .slice(0, 3)
        .map((s) => ({ title: `${s.publisher}: ${s.title}`, url: s.url })),
    });
  }

  if (layers.has("tri-border")) {
    const t = data.placeById.get(overlay.triBorder.properties.id)!;
    rows.push({
      what: mapText(strings, "map.triBorderWhat"),
      when: "",
      where: `${num(t.lat)}° N, ${num(t.lon)}° E`,
      toll: "",
      sources: [{ title: "Natural Earth", url: t.source_url.split(/\s/)[0]! }],
    });
  }

  if (layers.has("conflict-events")) {
    const [from, to] = view.eventYears ?? overlay.eventYears;
    const byYear = new Map<number, { shown: number; deaths: number }>();
    for (const f of overlay.events.features) {
      const { y, d } = f.properties;
      if (y < from || y > to) continue;
      const v = byYear.get(y) ?? { shown: 0, deaths: 0 };
      v.shown += 1;
      v.deaths += d;
      byYear.set(y, v);
    }
    for (let y = from; y <= to; y++) {
      const v = byYear.get(y) ?? { shown: 0, deaths: 0 };
      const hidden = overlay.eventsNotShown[y] ?? { n: 0, deaths: 0 };
      if (!v.shown && !hidden.n) continue;
      rows.push({
        what: mapText(strings, "map.eventsRowWhat", { n: num(v.shown + hidden.n) }),
        when: String(y),
        where: mapText(strings, "map.eventsRowWhere", { shown: num(v.shown), hidden: num(hidden.n) }),
        // All the year's events, drawn or not.
        toll: mapText(strings, "map.deaths", { n: num(v.deaths + hidden.deaths) }),
        sources: [{ title: "UCDP GED 25.1", url: "https://ucdp.uu.se/downloads/" }],
      });
    }
  }
  return rows;
}
