import { z } from "astro/zod";
import { layerId, colour, credit } from "./layerFields";
import { scaleSqrt } from "d3-scale";
import { markerShape, symbols } from "../symbols";
import { Z } from "../styleLayer";
import type { Feature, Point, Polygon } from "geojson";
import type { BuildLayerKind, DataOf, StaticLayerBase } from "./layerKind";
import { semicolonList } from "../../i18n/punctuation";
import { formatDate, formatNumber } from "../../i18n/format";
import { displayName } from "../displayName";
import { layerData } from "../overlay";
import { mapText } from "../mapStrings";
import type { StoryData } from "../../data/storyData";
import type { MapContent } from "../mapLayers";
import type { AttackProps } from "../overlay";
import type { StepNote } from "../mapStep";
import { DataError } from "../../data/DataError";
import { circlePolygon, pointFeature } from "../pointFeature";
import { uncertaintyKm } from "../uncertainty";
import { incidentsLive } from "./incidentsLive";

/** How content/map.json declares a layer of this kind. */
export const incidentsSchema = z.strictObject({
  id: layerId,
  /** The incidents table, circles sized by soldiers killed, rings for approximate locations. */
  kind: z.literal("incidents"),
  /** Fill of the circles. */
  colour,
  credit,
});

/** Incidents at build time: points and uncertainty rings of the incidents table, the unmapped ones and their notes. */
export const incidents: BuildLayerKind<"incidents", StaticIncidents> = {
  live: incidentsLive,
  dataRoles: () => ["incidents"],
  stringParts: () => [],
  data: (_layer, { data, content }) => incidentsData(data, content),
  placeFacts: (layer, placeId, view, { overlay, strings, locale }) =>
    incidentsShown(layerData(overlay, layer.id, "incidents"), view)
      .points.features.filter((x) => x.properties.placeId === placeId)
      .map((f) => {
        const a = f.properties;
        const parts = [formatDate(a.date, locale, "short")];
        if (a.killed !== null)
          parts.push(
            mapText(
              strings,
              "map.soldiersKilled",
              { n: formatNumber(a.killed, locale), count: a.killed },
              locale,
            ),
          );
        return parts.join(" · ");
      }),
  approximate: (layer, view, { overlay }) =>
    incidentsShown(layerData(overlay, layer.id, "incidents"), view).points.features.some(
      (f) => f.properties.approximate,
    ),
  notes: (layer, view, { overlay, strings, locale }) => {
    const notes: StepNote[] = [];
    const d = incidentsShown(layerData(overlay, layer.id, "incidents"), view);
    for (const n of d.notes) {
      const incident = d.points.features.find((f) => f.properties.id === n.eventId);
      if (
        incident &&
        view.places.includes(incident.properties.placeId ?? "") &&
        view.places.includes(n.anchorPlaceId)
      )
        notes.push({ kind: "unmapped-place", text: n.text });
    }
    if (d.unmapped.length) {
      const items = d.unmapped.map((a) => {
        const toll =
          a.killed !== null
            ? `, ${mapText(strings, "map.soldiersKilled", { n: formatNumber(a.killed, locale), count: a.killed }, locale)}`
            : "";
        return `${a.name} (${formatDate(a.date, locale, "short")}${toll})`;
      });
      const list = semicolonList(strings, items);
      notes.push({ kind: "unmapped-incidents", text: mapText(strings, "map.notMapped", { list }) });
    }
    return notes;
  },
  rows: (layer, view, { data, overlay, strings, locale }) => {
    const date = (iso: string) => formatDate(iso, locale, "long");
    const num = (n: number) => formatNumber(n, locale);
    const d = incidentsShown(layerData(overlay, layer.id, "incidents"), view);
    const all = [...d.points.features.map((f) => f.properties), ...d.unmapped].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    return all.map((a) => {
      const place = a.placeId ? displayName(data.placeById.get(a.placeId)!.name) : null;
      const where = place
        ? `${place}, ${a.region}${a.approximate ? ` (${mapText(strings, "map.approximateLocation")}${a.km ? `, ±${num(a.km)} km` : ""})` : ""}`
        : mapText(strings, "map.noLocation", { region: a.region });
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
      return {
        what: a.name,
        when: date(a.date),
        where,
        toll: semicolonList(strings, toll),
        sources: a.sources.slice(0, 3),
      };
    });
  },
  static: {
    order: Z.incidents,
    draw: (layer, symbol, { step, overlay, project, kmToPixels }) => {
      const marks = incidentsShown(layerData(overlay, layer.id, "incidents"), step).points.features.flatMap(
        (f) => {
          const [lon, lat] = f.geometry.coordinates as [number, number];
          const p = project(lon, lat);
          if (!p) return [];
          const a = f.properties;
          return [
            {
              id: a.id,
              ...p,
              r: Math.max(4, Math.round(attackRadius(a.killed ?? 0) * 10) / 10),
              ring: a.km ? Math.round(kmToPixels(lon, lat, a.km) * 10) / 10 : null,
            },
          ];
        },
      );
      return { kind: "incidents", id: layer.id, symbol, marks };
    },
    svg: (l, shape) =>
      l.marks.flatMap((a) => [
        ...(a.ring ? [shape(markerShape(symbols.approx, a.x, a.y, a.ring), symbols.approx)] : []),
        shape(markerShape(l.symbol, a.x, a.y, a.r), l.symbol),
      ]),
    placeMarks: (l) => l.marks,
  },
};

/**
 * The incidents a step shows: those on or before its `incidentsUntil` day (all when it has none).
 * The static map, the live map's filter, the labels, notes, legend and data table all use it, so a
 * step about one moment never shows, lists or describes what came later.
 */
export function incidentsShown(
  d: DataOf<"incidents">,
  view: { incidentsUntil?: string | null },
): DataOf<"incidents"> {
  const until = view.incidentsUntil;
  if (!until) return d;
  const ids = new Set(
    d.points.features.filter((f) => f.properties.date <= until).map((f) => f.properties.id),
  );
  return {
    ...d,
    points: { ...d.points, features: d.points.features.filter((f) => ids.has(f.properties.id)) },
    rings: { ...d.rings, features: d.rings.features.filter((f) => ids.has(f.properties.id)) },
    unmapped: d.unmapped.filter((a) => a.date <= until),
    notes: d.notes.filter((n) => ids.has(n.eventId)),
  };
}

function hostTitle(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function incidentsData(data: StoryData, content: MapContent): DataOf<"incidents"> {
  const points: Feature<Point, AttackProps>[] = [];
  const rings: Feature<Polygon, { id: string; km: number; date: string }>[] = [];
  const unmapped: AttackProps[] = [];
  for (const a of data.attacks) {
    const km = a.approximate ? uncertaintyKm(a.coord_confidence) : null;
    const props: AttackProps = {
      id: a.event_id,
      name: a.name,
      date: a.date,
      placeId: a.place_id,
      region: a.region,
      killed: a.soldiers_killed_official,
      wounded: a.wounded_official,
      civilians: a.civilians_killed_official,
      // As the data writes it, with who claims it ("(army claim)", "(government claim)"): the
      // strings around it add only that it is unverified.
      claim: a.attackers_killed_claimed ?? null,
      approximate: a.approximate,
      km,
      sources: a.sources.map((url) => ({ title: hostTitle(url), url })),
    };
    if (a.lat === null || a.lon === null) {
      unmapped.push(props);
      continue;
    }
    points.push(pointFeature(a.lon, a.lat, props));
    if (km)
      rings.push({
        type: "Feature",
        properties: { id: a.event_id, km, date: a.date },
        geometry: circlePolygon(a.lon, a.lat, km),
      });
  }
  const notes = content.unmapped.map((n, i) => {
    const loc = { file: "content/map.json", where: `unmapped[${i}]` };
    if (!data.attacks.some((a) => a.event_id === n.event))
      throw new DataError({ ...loc, field: "event", value: n.event }, "no incident with this event id");
    if (!data.placeById.has(n.anchor))
      throw new DataError(
        { ...loc, field: "anchor", value: n.anchor },
        "no place with this id in the places table",
      );
    // In another edition, its words for the note (data.json → unmapped, complete by schema).
    const text = data.unmappedWords ? data.unmappedWords[`${n.event}|${n.anchor}`]! : n.text;
    return { eventId: n.event, anchorPlaceId: n.anchor, text };
  });
  return {
    kind: "incidents",
    points: { type: "FeatureCollection", features: points },
    rings: { type: "FeatureCollection", features: rings },
    unmapped,
    notes,
  };
}

/** Incident circle radius on the static map: area proportional to soldiers killed. */
export const attackRadius = scaleSqrt().domain([0, 30]).range([0, 17]);

/** The incidents of a step on the static map, with the rings of approximate locations. */
export interface StaticIncidents extends StaticLayerBase {
  kind: "incidents";
  marks: { id: string; x: number; y: number; r: number; ring: number | null }[];
}
