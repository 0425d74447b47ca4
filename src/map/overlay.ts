import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";
import type { StoryData } from "../data/storyData";
import type { GedEvent } from "../data/gedEvents";
import type { Force } from "../data/bases";
import { isApproximateFigure } from "../data/troops";
import { uncertaintyKm } from "./uncertainty";
import { schematicRoute } from "./routeLine";

/** A link to a source, as shown in popups and tables. */
export interface SourceLink {
  title: string;
  url: string;
}

/** An attack of attacks.csv, as the live map and its popups need it. */
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
  /** The army's claim about attackers killed, as text; never a verified number. */
  claim: string | null;
  perpetrator: string | null;
  approximate: boolean;
  /** Radius of the uncertainty ring in km, for approximate locations. */
  km: number | null;
  sources: SourceLink[];
}

export interface BaseProps {
  force: Force;
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

/** A UCDP GED event, with short keys: there are hundreds. */
export interface EventProps {
  id: number;
  /** Year. */
  y: number;
  /** ISO start date. */
  date: string;
  /** Deaths, UCDP best estimate. */
  d: number;
  /** 1 state-based, 2 non-state, 3 one-sided. */
  t: 1 | 2 | 3;
  /** Where, as UCDP describes it (admin-1 and place). */
  where: string;
}

/** A dated troop figure of troops.csv, for legends and tables. */
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
 * A place the text names but the data cannot locate. It is shown as a note, never as a point:
 * an invented coordinate would look as certain as a surveyed one.
 */
export interface UnmappedNote {
  /** The event whose text names the place (timeline.json). */
  eventId: string;
  /** The note shows when the event's place and this anchor place are both marked. */
  anchorPlaceId: string;
  text: string;
}

/** Places named in timeline.json without coordinates in places.csv. */
export const unmappedNotes: UnmappedNote[] = [
  {
    eventId: "kandadji_attack",
    anchorPlaceId: "ayorou",
    text: "Tijiane area (army: north-east of Ayorou; not mapped)",
  },
];

export interface Overlay {
  attacks: FeatureCollection<Point, AttackProps>;
  /** Uncertainty rings of approximate attack locations, as geographic circles. */
  attackRings: FeatureCollection<Polygon, { id: string; km: number }>;
  /** Attacks with no location gathered: listed, never drawn. */
  unmappedAttacks: AttackProps[];
  bases: FeatureCollection<Point, BaseProps>;
  places: FeatureCollection<Point, PlaceProps>;
  triBorder: Feature<Point, { id: string; name: string }>;
  route: RouteData;
  events: FeatureCollection<Point, EventProps>;
  /** GED events (and their deaths) per year not drawn: their point is a region or country stand-in. */
  eventsNotShown: Record<string, { n: number; deaths: number }>;
  /** First and last year of the GED events. */
  eventYears: [number, number];
  aes: { members: string[]; names: string[]; charterSigned: string; eventId: string | null };
  troops: { France: TroopPoint[]; "United States": TroopPoint[] };
  notes: UnmappedNote[];
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

/** "Koutougou (Niger)" → "Koutougou": places.csv notes in brackets are not shown on maps. */
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
 * Everything the live map draws over its basemap, from content/data: attacks (with uncertainty
 * rings), bases, places, the tri-border point, the schematic French withdrawal route, UCDP events,
 * and what cannot be drawn (attacks without location, region-level events, unmapped places).
 */
export function buildOverlay(data: StoryData, ged: GedEvent[]): Overlay {
  const eventById = new Map(data.timeline.events.map((e) => [e.id, e]));
  const sourcesOf = (eventId: string): SourceLink[] =>
    (eventById.get(eventId)?.sources ?? []).map((s) => ({ title: `${s.publisher}: ${s.title}`, url: s.url }));

  const attacks: Feature<Point, AttackProps>[] = [];
  const attackRings: Feature<Polygon, { id: string; km: number }>[] = [];
  const unmappedAttacks: AttackProps[] = [];
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
      // The strings around it say "army claim, unverified"; the data's own "(army claim)" would repeat it.
      claim: a.attackers_killed_claimed?.replace(/\s*\(army claim\)\s*$/i, "") ?? null,
      perpetrator: a.perpetrator,
      approximate: a.approximate,
      km,
      sources: a.sources.map((url) => ({ title: hostTitle(url), url })),
    };
    if (a.lat === null || a.lon === null) {
      unmappedAttacks.push(props);
      continue;
    }
    attacks.push(pointFeature(a.lon, a.lat, props));
    if (km)
      attackRings.push({
        type: "Feature",
        properties: { id: a.event_id, km },
        geometry: circlePolygon(a.lon, a.lat, km),
      });
  }

  const bases: Feature<Point, BaseProps>[] = data.bases.map((b) => {
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

  const places = data.places.map((p) =>
    pointFeature(p.lon, p.lat, {
      id: p.id,
      name: displayName(p.name),
      approximate: p.approximate,
      km: p.approximate ? uncertaintyKm(p.coord_precision) : null,
    }),
  );

  const tri = data.placeById.get("tri_border");
  if (!tri) throw new Error('places.csv needs the place "tri_border" for the "tri-border" layer');

  const routeEvent = data.timeline.events.find((e) => e.route_to_place_id);
  if (!routeEvent?.place_id || !routeEvent.route_to_place_id)
    throw new Error("timeline.json has no event with a route (place_id and route_to_place_id)");
  const from = data.placeById.get(routeEvent.place_id)!;
  const to = data.placeById.get(routeEvent.route_to_place_id)!;
  const distance = routeEvent.figures.find((f) => f.unit === "km" && /road/i.test(f.label));
  const route: RouteData = {
    eventId: routeEvent.id,
    fromId: from.id,
    toId: to.id,
    fromName: displayName(from.name),
    toName: displayName(to.name),
    date: routeEvent.date,
    distanceKm: distance?.value ?? null,
    distanceQualifier: distance?.qualifier?.replace(/['‘’]/g, "") ?? null,
    coordinates: schematicRoute([from.lon, from.lat], [to.lon, to.lat]),
    sources: sourcesOf(routeEvent.id),
  };

  const events: Feature<Point, EventProps>[] = [];
  const eventsNotShown: Record<string, { n: number; deaths: number }> = {};
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const ev of ged) {
    minYear = Math.min(minYear, ev.year);
    maxYear = Math.max(maxYear, ev.year);
    if (ev.coord_precision_guess) {
      const hidden = (eventsNotShown[ev.year] ??= { n: 0, deaths: 0 });
      hidden.n += 1;
      hidden.deaths += ev.deaths_best;
      continue;
    }
    const where = [ev.adm_1, ev.where_description?.split(" / ")[0]].filter(Boolean).join(": ");
    events.push(
      pointFeature(ev.longitude, ev.latitude, {
        id: ev.id,
        y: ev.year,
        date: ev.date_start,
        d: ev.deaths_best,
        t: ev.type_of_violence,
        where: where.length > 90 ? `${where.slice(0, 89)}…` : where,
      }),
    );
  }
  // Big circles first, so small ones are drawn on top and stay visible.
  events.sort((a, b) => b.properties.d - a.properties.d);

  const charter = data.timeline.events.find(
    (e) => e.category === "alliance" && e.date === data.timeline.aes.charter_signed,
  );

  // Country-wide totals since the coup (troops.csv rows whose location is "Niger …").
  const coup = data.timeline.events.find((e) => e.category === "coup")?.date ?? "0000-00-00";
  const troopPoints = (force: Force): TroopPoint[] =>
    data.troops
      .filter((t) => t.force === force && /^Niger\b/.test(t.location) && t.date >= coup)
      .map((t) => ({
        date: t.date,
        troops: t.troops,
        qualifier: t.qualifier,
        approximate: isApproximateFigure(t.qualifier),
        location: t.location,
        source: { title: t.source, url: t.url },
      }));

  return {
    attacks: { type: "FeatureCollection", features: attacks },
    attackRings: { type: "FeatureCollection", features: attackRings },
    unmappedAttacks,
    bases: { type: "FeatureCollection", features: bases },
    places: { type: "FeatureCollection", features: places },
    triBorder: pointFeature(tri.lon, tri.lat, { id: tri.id, name: displayName(tri.name) }),
    route,
    events: { type: "FeatureCollection", features: events },
    eventsNotShown,
    eventYears: [minYear, maxYear],
    aes: {
      members: data.timeline.aes.members.map((m) => m.iso3),
      names: data.timeline.aes.members.map((m) => m.name),
      charterSigned: data.timeline.aes.charter_signed,
      eventId: charter?.id ?? null,
    },
    troops: { France: troopPoints("France"), "United States": troopPoints("United States") },
    notes: unmappedNotes,
  };
}
