import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";
import type { StoryData } from "../data/storyData";
import type { GedEvent } from "../data/gedEvents";
import { DataError } from "../data/DataError";
import { defaultLocale } from "../i18n/editions";
import type { LayerKind, MapContent } from "./mapLayers";
import { uncertaintyKm } from "./uncertainty";
import { displayName } from "./displayName";
import { pointFeature } from "./pointFeature";
import { buildKind } from "./layers/registry";

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

export { circlePolygon } from "./pointFeature";
export { displayName } from "./displayName";

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
    const fail = (field: string, value: unknown, problem: string): never => {
      throw new DataError({ file: "content/map.json", where: `layers[${i}]`, field, value }, problem);
    };
    layers[layer.id] = buildKind(layer.kind).data(layer, {
      data,
      ged,
      content,
      sourcesOf,
      fail,
      eventOf: (field, id) => eventById.get(id) ?? fail(field, id, "no event with this id in the timeline"),
      placeOf: (field, id) =>
        data.placeById.get(id) ?? fail(field, id, "no place with this id in the places table"),
    });
  });
  return { places: { type: "FeatureCollection", features: places }, layers };
}
