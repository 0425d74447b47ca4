import { z } from "astro/zod";
import { contentDir, readContentJson } from "../data/contentDir";
import { DataError } from "../data/DataError";
import { dataFileName, type DataRole } from "../data/dataConfig";
import { validate } from "../data/validate";

/** Colours a layer may use: tokens of the palette (src/map/style.ts), light and dark. */
export const markColours = ["vermillion", "blue", "orange", "purple", "ink"] as const;
export type MarkColour = (typeof markColours)[number];

const layerId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "layer id must be lowercase words joined by hyphens" });
const ref = z.string().min(1);
const colour = z.enum(markColours);
/** Who the layer's data comes from, listed in the legend's credits. */
const credit = z.string().min(1);

/**
 * The map layers a story declares in `content/map.json`. The content chooses each id (chapters
 * list them in `steps[].map.layers`); the engine knows only the kinds. Legend labels come from
 * `content/i18n/<locale>.json` → `layer.<id>` (and `layer.<id>.<part>` for the kinds that need more).
 */
export const mapLayerSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: layerId,
    /** Outlines and names of the regions file's regions. */
    kind: z.literal("regions"),
    credit,
  }),
  z.strictObject({
    id: layerId,
    /** The lines file (a river). */
    kind: z.literal("lines"),
    credit,
  }),
  z.strictObject({
    id: layerId,
    /** The incidents table, circles sized by soldiers killed, rings for approximate locations. */
    kind: z.literal("incidents"),
    /** Fill of the circles. */
    colour,
    credit,
  }),
  z.strictObject({
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
  }),
  z.strictObject({
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
  }),
  z.strictObject({
    id: layerId,
    /** A group of countries filled together (an alliance). Strings: `.what`, `.note` ({date}). */
    kind: z.literal("countries"),
    /** ISO alpha-3 codes (countries table). */
    countries: z.array(ref).min(1),
    /** Timeline event id that dates the group (and sources it). */
    event: ref,
    credit,
  }),
  z.strictObject({
    id: layerId,
    /** One place drawn as a ring, with a label. Strings: `.label`, `.what`. */
    kind: z.literal("point"),
    /** Place id (places table). */
    place: ref,
    /** Source title shown in the data table (the link is the place's source_url). */
    source: z.string().min(1),
    credit,
  }),
  z.strictObject({
    id: layerId,
    /** The events table, circles sized by deaths; events with a stand-in location are not drawn. */
    kind: z.literal("events"),
    /** Colour of the circles. */
    colour,
    /** The dataset, for popups and tables. */
    source: z.strictObject({ title: z.string().min(1), url: z.url() }),
    credit,
  }),
]);
export type MapLayer = z.output<typeof mapLayerSchema>;
export type LayerKind = MapLayer["kind"];
export type LayerOf<K extends LayerKind> = Extract<MapLayer, { kind: K }>;

/** `content/map.json`: the story's map layers and what the maps say about the data they cannot draw. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** [[west, south], [east, north]] in degrees. */
const box = z.tuple([lonLat, lonLat]).refine(([[w, s], [e, n]]) => w < e && s < n, {
  error: "a box is [[west, south], [east, north]] with west < east and south < north",
});

export const mapContentSchema = z.strictObject({
  /** The offline basemap (built from world-atlas at build time). */
  basemap: z.strictObject({
    /**
     * The area it covers: wider than the story's frames, since a phone held upright shows far
     * more latitude than a frame.
     */
    box,
    /** Where the frames are: borders keep the detail of the 1:10m data here, coarse elsewhere. */
    detail: box,
  }),
  /** Credit of the basemap, first in every map's credits. */
  credit: z.string().min(1),
  /** The layers steps may show, in drawing order of the legend. */
  layers: z.array(mapLayerSchema).min(1),
  /**
   * Places a timeline event names without coordinates: said in a note, never drawn (an invented
   * coordinate would look as certain as a surveyed one).
   */
  unmapped: z
    .array(
      z.strictObject({
        /** Timeline event whose text names the place (an incident). */
        event: ref,
        /** The note shows when the event's place and this place are both marked. */
        anchor: ref,
        /** The note. */
        text: z.string().min(1),
      }),
    )
    .default([]),
});
export type MapContent = z.output<typeof mapContentSchema>;

const cache = new Map<string, MapContent>();

/** `content/map.json`, validated (ids unique), once per content folder. */
export function loadMapContent(): MapContent {
  const dir = contentDir();
  const hit = cache.get(dir);
  if (hit) return hit;
  const { data: json, file } = readContentJson("map.json");
  const content = validate(mapContentSchema, json, { file });
  const seen = new Set<string>();
  content.layers.forEach((l, i) => {
    if (seen.has(l.id))
      throw new DataError({ file, field: `layers[${i}].id`, value: l.id }, "duplicate layer id");
    seen.add(l.id);
    // A layer drawn from a data file the story does not declare stops the build here, named.
    const role = DATA_ROLE[l.kind];
    if (role) dataFileName(role, `layer "${l.id}" of ${file}`);
    if (l.kind === "sites" && l.troops) dataFileName("troops", `layer "${l.id}" of ${file}`);
  });
  cache.set(dir, content);
  return content;
}

/** The data file (story.json → data.files) each kind draws from, beyond places and the timeline. */
const DATA_ROLE: Partial<Record<LayerKind, DataRole>> = {
  lines: "lines",
  incidents: "incidents",
  sites: "sites",
  events: "events",
};

/** The parts of `layer.<id>.<part>` each kind says in labels, notes, tables and popups. */
const STRING_PARTS: Record<LayerKind, readonly string[]> = {
  regions: [],
  lines: [],
  incidents: [],
  sites: ["short", "what"],
  route: ["label", "what", "start", "note"],
  countries: ["what", "note"],
  point: ["label", "what"],
  events: ["years", "what", "where", "hidden", "deaths", "popup", "place"],
};

/** The strings a declared layer needs: its legend label and the parts of its kind. */
export function layerStringKeys(layer: MapLayer): string[] {
  const parts = [...STRING_PARTS[layer.kind], ...(layer.kind === "sites" && layer.troops ? ["troops"] : [])];
  return [`layer.${layer.id}`, ...parts.map((p) => `layer.${layer.id}.${p}`)];
}

/**
 * Stops the build, naming the layer and the keys, when the strings file lacks a string a declared
 * layer needs: a new layer in content/map.json needs its words in content/i18n/<locale>.json.
 */
export function checkLayerStrings(
  content: MapContent,
  strings: Record<string, string>,
  locale: string,
): void {
  content.layers.forEach((layer, i) => {
    const missing = layerStringKeys(layer).filter((k) => strings[k] === undefined);
    if (missing.length)
      throw new DataError(
        { file: "content/map.json", where: `layers[${i}]`, field: "id", value: layer.id },
        `content/i18n/${locale}.json has no ${missing.map((k) => `"${k}"`).join(", ")}`,
      );
  });
}
