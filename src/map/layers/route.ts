import { z } from "astro/zod";
import { layerId, ref, colour, credit } from "./layerFields";
import type { MapPoint } from "../staticMap";
import { markerShape } from "../symbols";
import { ROUTE_HEAD_RADIUS, Z } from "../styleLayer";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
import type { EventFigure } from "../../data/timeline";
import type { RouteData } from "../overlay";
import type { Strings } from "../../i18n/strings";
import { displayName } from "../displayName";
import { schematicRoute, sliceLine } from "../routeLine";
import { formatDate, formatNumber } from "../../i18n/format";
import { layerData } from "../overlay";
import { layerKey, mapText } from "../mapStrings";
import { routeLive } from "./routeLive";

/** How content/map.json declares a layer of this kind. */
export const routeSchema = z.strictObject({
  id: layerId,
  /** A schematic line from a timeline event's place to its `route_to_place_id`. Strings: `.label`, `.what`. */
  kind: z.literal("route"),
  /** Timeline event id of the movement. */
  event: ref,
  /** Label of the event's figure that gives the distance (unit km), if any. */
  distance: z.string().optional(),
  /** Colour of the line. */
  colour,
  credit,
});

/** A route at build time: the schematic line from the event's place to its destination. */
export const route: BuildLayerKind<"route", StaticRoute> = {
  live: routeLive,
  stringParts: () => ["label", "what", "start", "note"],
  data: (layer, { eventOf, placeOf, fail, sourcesOf }) => {
    const ev = eventOf("event", layer.event);
    if (!ev.place_id || !ev.route_to_place_id)
      fail("event", layer.event, "the event needs place_id and route_to_place_id");
    const from = placeOf("event", ev.place_id!);
    const to = placeOf("event", ev.route_to_place_id!);
    // Its words (src/data/dataWords.ts) where the edition is not the default one.
    const distance: EventFigure | undefined = layer.distance
      ? (ev.figures.find((f) => f.label === layer.distance && f.unit === "km") ??
        fail("distance", layer.distance, "the event has no figure in km with this label"))
      : undefined;
    return {
      kind: "route",
      route: {
        eventId: ev.id,
        fromId: from.id,
        toId: to.id,
        fromName: displayName(from.name),
        toName: displayName(to.name),
        date: ev.date,
        distanceKm: distance?.value ?? null,
        // The edition's note on the figure (its qualifier in the data's words in the default
        // edition), without the quotation marks it carries as a quote ("'more than'").
        distanceQualifier:
          (distance?.words?.note ?? distance?.qualifier)?.replace(/['‘’«»]/g, "").trim() ?? null,
        coordinates: schematicRoute([from.lon, from.lat], [to.lon, to.lat]),
        sources: sourcesOf(ev.id),
      },
    };
  },
  labels: {
    rank: 2,
    of: (layer, view, { overlay, strings, locale }) => {
      const progress = view.route?.progress ?? 1;
      if (progress <= 0) return [];
      const r = layerData(overlay, layer.id, "route").route;
      const sub = [
        mapText(strings, layerKey(layer.id, "start"), {
          place: r.fromName,
          date: formatDate(r.date, locale, "short"),
        }),
      ];
      if (progress >= 1 && r.distanceKm !== null) sub.push(distanceText(r, strings, locale));
      // Along the drawn part of the line (the line is labelled, not a place): half-way, or at
      // other points along it if that spot is taken.
      const along = (share: number) => {
        const part = sliceLine(r.coordinates, Math.max(0.02, Math.min(progress, 1) * share));
        const at = part[part.length - 1]!;
        return [at[0]!, at[1]!] as [number, number];
      };
      return [
        {
          id: layer.id,
          lngLat: along(0.5),
          alts: [along(0.7), along(0.3), along(0.85)],
          text: mapText(strings, layerKey(layer.id, "label")),
          sub,
          kind: "route",
        },
      ];
    },
  },
  notes: (layer, _view, { strings }) => [
    { kind: "route", text: mapText(strings, layerKey(layer.id, "note")) },
  ],
  rows: (layer, _view, { overlay, strings, locale }) => {
    const r = layerData(overlay, layer.id, "route").route;
    return [
      {
        what: mapText(strings, layerKey(layer.id, "what")),
        when: formatDate(r.date, locale, "long"),
        where: `${r.fromName} → ${r.toName}`,
        toll: r.distanceKm !== null ? distanceText(r, strings, locale) : "",
        sources: r.sources.slice(0, 3),
      },
    ];
  },
  static: {
    order: Z.route,
    draw: (layer, symbol, { step, overlay, toPath, project }) => {
      const r = layerData(overlay, layer.id, "route").route;
      // The same schematic line as the live map, drawn as far as the step says.
      const line = sliceLine(r.coordinates, step.routeProgress);
      const head = line[line.length - 1]!;
      const d = step.routeProgress > 0 ? toPath({ type: "LineString", coordinates: line }) : "";
      const end = project(head[0]!, head[1]!);
      return d && end ? { kind: "route", id: layer.id, symbol, d, end: { id: r.toId, ...end } } : null;
    },
    svg: (l, shape) => {
      const head = {
        ...l.symbol,
        fill: l.symbol.stroke,
        stroke: "halo" as const,
        strokeWidth: 1.5,
        dash: null,
      };
      return [
        shape({ tag: "path", attrs: { d: l.d } }, l.symbol),
        shape(markerShape(head, l.end.x, l.end.y, ROUTE_HEAD_RADIUS), head),
      ];
    },
  },
};

/** "more than 1,600 km": the route's reported distance, with its qualifier. */
function distanceText(r: RouteData, strings: Strings, locale: string): string {
  return mapText(strings, "map.routeDistance", {
    qualifier: r.distanceQualifier ?? "",
    km: formatNumber(r.distanceKm!, locale),
  }).trim();
}

/** The route on the static map: the line drawn so far and its head. */
export interface StaticRoute extends StaticLayerBase {
  kind: "route";
  d: string;
  end: MapPoint;
}
