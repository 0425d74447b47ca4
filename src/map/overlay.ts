import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";
import type { StoryData } from "../data/storyData";
import type { GedEvent } from "../data/gedEvents";
import type { Region } from "../data/geo";
import { geoContains, geoDistance } from "d3-geo";
import { isApproximateFigure, troopWords } from "../data/troops";
import { DataError } from "../data/DataError";
import type { EventFigure } from "../data/timeline";
import { defaultLocale } from "../i18n/editions";
import type { LayerKind, MapContent } from "./mapLayers";
import { uncertaintyKm } from "./uncertainty";
import { schematicRoute } from "./routeLine";

/** A link to a source, as shown in popups and tables. */
export interface SourceLink {
  title: string;
  url: string;
  /** Who published it, printed before the title; absent when the title names it. */
  publisher?: string;
  /** Language of the title (the default edition's when the data gives none). */
  lang?: string;
}

/** An incident of the incidents table, as the live map and its popups need it. */
export interface AttackProps {
  id: string;
  name: string;
  /** ISO date. */
  date: string;
  placeId: string | null;
  region: string;
  /** Official figures; null = not reported (never zero). */
  killed: number | null;
  wounded: number | null;
  civilians: number | null;
  /** Attackers killed as claimed, with who claims it (the data's text); never a verified number. */
  claim: string | null;
  approximate: boolean;
  /** Radius of the uncertainty ring in km, for approximate locations. */
  km: number | null;
  sources: SourceLink[];
}

export interface BaseProps {
  force: string;
  name: string;
  placeId: string;
  role: string;
  troops: string;
  /** ISO date by which the force had left. */
  leftBy: string;
  eventId: string;
  sources: SourceLink[];
}

export interface PlaceProps {
  id: string;
  /** Name without the parenthesised note of places.csv. */
  name: string;
  approximate: boolean;
  km: number | null;
}

/** A georeferenced event, with short keys: there are hundreds. */
export interface EventProps {
  id: number;
  /** Year. */
  y: number;
  /** ISO start date. */
  date: string;
  /** Deaths, best estimate. */
  d: number;
  /** 1 state-based, 2 non-state, 3 one-sided. */
  t: 1 | 2 | 3;
  /**
   * Region, in the edition's words: the region of the regions file whose outline holds the point
   * (the nearest one for a point just outside every outline, on a border river or a lake shore).
   */
  r: string;
  /** The place as the dataset describes it, in the dataset's language (the layer's `lang`): a quote. */
  where: string;
}

/** A dated troop figure of the troops table, for legends and tables. */
export interface TroopPoint {
  date: string;
  troops: number;
  qualifier: string;
  approximate: boolean;
  location: string;
  source: SourceLink;
}

export interface RouteData {
  eventId: string;
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  /** Date the first convoy left. */
  date: string;
  /** Reported road distance, when the event gives one ("more than 1,600 km"). */
  distanceKm: number | null;
  distanceQualifier: string | null;
  coordinates: Position[];
  sources: SourceLink[];
}

/**
 * A place a timeline event names but the data cannot locate (content/map.json → unmapped). It is
 * shown as a note, never as a point: an invented coordinate would look as certain as a surveyed one.
 */
export interface UnmappedNote {
  /** The event whose text names the place. */
  eventId: string;
  /** The note shows when the event's place and this anchor place are both marked. */
  anchorPlaceId: string;
  text: string;
}

/** What each kind of layer draws, by layer id (the layers are declared in content/map.json). */
export type LayerData =
  | { kind: "regions" }
  | { kind: "lines" }
  | {
      kind: "incidents";
      points: FeatureCollection<Point, AttackProps>;
      /** Uncertainty rings of approximate locations, as geographic circles. */
      rings: FeatureCollection<Polygon, { id: string; km: number; date: string }>;
      /** Incidents with no location gathered: listed, never drawn. */
      unmapped: AttackProps[];
      notes: UnmappedNote[];
    }
  | { kind: "sites"; points: FeatureCollection<Point, BaseProps>; troops: TroopPoint[] }
  | { kind: "route"; route: RouteData }
  | { kind: "countries"; members: string[]; names: string[]; date: string; sources: SourceLink[] }
  | { kind: "point"; point: Feature<Point, { id: string; name: string }> }
  | {
      kind: "events";
      points: FeatureCollection<Point, EventProps>;
      /** Events (and their deaths) per year not drawn: their point is a region or country stand-in. */
      notShown: Record<string, { n: number; deaths: number }>;
      /** First and last year of the events. */
      years: [number, number];
      /** Language of the dataset's own words (the events' `where`): the default edition's. */
      lang: string;
    };

export interface Overlay {
  /** Every place of the places table, for the step's markers. */
  places: FeatureCollection<Point, PlaceProps>;
  /** The data each declared layer draws, by layer id. */
  layers: Record<string, LayerData>;
}

/** The data of layer `id`, which must be of `kind`. */
export function layerData<K extends LayerKind>(
  overlay: Pick<Overlay, "layers">,
  id: string,
  kind: K,
): Extract<LayerData, { kind: K }> {
  const d = overlay.layers[id];
  if (!d || d.kind !== kind) throw new Error(`map layer "${id}" is not a layer of kind "${kind}"`);
  return d as Extract<LayerData, { kind: K }>;
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

function pointFeature<P>(lon: number, lat: number, properties: P): Feature<Point, P> {
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

/** "Town (Country)" → "Town": notes in brackets in the places table are not shown on maps. */
export function displayName(name: string): string {
  return name.replace(/\s*\(.*\)$/, "");
}

function hostTitle(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * Everything the live map draws over its basemap, from content/data, for each layer declared in
 * content/map.json: incidents (with uncertainty rings), sites, routes, country groups, points and
 * events, and what cannot be drawn (incidents without location, region-level events, unmapped
 * places). A reference to an unknown event, place or country stops the build naming map.json.
 */
export function buildOverlay(data: StoryData, ged: GedEvent[], content: MapContent): Overlay {
  const eventById = new Map(data.timeline.events.map((e) => [e.id, e]));
  const sourcesOf = (eventId: string): SourceLink[] =>
    (eventById.get(eventId)?.sources ?? []).map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      lang: s.lang ?? defaultLocale(),
    }));
  const fail = (i: number, field: string, value: unknown, problem: string): never => {
    throw new DataError({ file: "content/map.json", where: `layers[${i}]`, field, value }, problem);
  };
  const eventOf = (i: number, field: string, id: string) =>
    eventById.get(id) ?? fail(i, field, id, "no event with this id in the timeline");
  const placeOf = (i: number, field: string, id: string) =>
    data.placeById.get(id) ?? fail(i, field, id, "no place with this id in the places table");

  const places = data.places.map((p) =>
    pointFeature(p.lon, p.lat, {
      id: p.id,
      name: displayName(p.name),
      approximate: p.approximate,
      km: p.approximate ? uncertaintyKm(p.coord_precision) : null,
    }),
  );

  const layers: Record<string, LayerData> = {};
  content.layers.forEach((layer, i) => {
    switch (layer.kind) {
      case "regions":
      case "lines":
        layers[layer.id] = { kind: layer.kind };
        break;
      case "incidents":
        layers[layer.id] = incidents(data, content, hostTitle);
        break;
      case "sites": {
        if (!data.bases.some((b) => b.force === layer.force))
          fail(i, "force", layer.force, "no row of the sites table has this force");
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
        const since = layer.troops ? eventOf(i, "troops.since", layer.troops.since).date : null;
        const where = layer.troops ? new RegExp(`^${escapeRegExp(layer.troops.location)}\\b`) : null;
        const troops: TroopPoint[] =
          since && where
            ? data.troops
                .filter((t) => t.force === layer.force && where.test(t.location) && t.date >= since)
                .map((t) => ({
                  date: t.date,
                  troops: t.troops,
                  ...troopWords(t),
                  approximate: isApproximateFigure(t.qualifier),
                  source: { title: t.source, url: t.url },
                }))
            : [];
        layers[layer.id] = { kind: "sites", points: { type: "FeatureCollection", features: points }, troops };
        break;
      }
      case "route": {
        const ev = eventOf(i, "event", layer.event);
        if (!ev.place_id || !ev.route_to_place_id)
          fail(i, "event", layer.event, "the event needs place_id and route_to_place_id");
        const from = placeOf(i, "event", ev.place_id!);
        const to = placeOf(i, "event", ev.route_to_place_id!);
        // Its words (src/data/dataWords.ts) where the edition is not the default one.
        const distance: EventFigure | undefined = layer.distance
          ? (ev.figures.find((f) => f.label === layer.distance && f.unit === "km") ??
            fail(i, "distance", layer.distance, "the event has no figure in km with this label"))
          : undefined;
        layers[layer.id] = {
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
        break;
      }
      case "countries": {
        const ev = eventOf(i, "event", layer.event);
        const names = layer.countries.map(
          (iso3, j) =>
            data.countries.find((c) => c.iso3 === iso3)?.name ??
            fail(i, `countries[${j}]`, iso3, "no country with this code in the countries table"),
        );
        layers[layer.id] = {
          kind: "countries",
          members: [...layer.countries],
          names,
          date: ev.date,
          sources: sourcesOf(ev.id),
        };
        break;
      }
      case "point": {
        const p = placeOf(i, "place", layer.place);
        layers[layer.id] = {
          kind: "point",
          point: pointFeature(p.lon, p.lat, { id: p.id, name: displayName(p.name) }),
        };
        break;
      }
      case "events":
        layers[layer.id] = events(ged, data.regions);
        break;
    }
  });
  return { places: { type: "FeatureCollection", features: places }, layers };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function incidents(
  data: StoryData,
  content: MapContent,
  hostTitle: (url: string) => string,
): Extract<LayerData, { kind: "incidents" }> {
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

function events(ged: GedEvent[], regions: readonly Region[]): Extract<LayerData, { kind: "events" }> {
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
