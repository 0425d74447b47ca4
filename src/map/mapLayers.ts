import { z } from "astro/zod";
import { contentDir, readContentJson } from "../data/contentDir";
import { DataError } from "../data/DataError";
import { dataFileName } from "../data/dataConfig";
import { buildKind, layerSchemas } from "./layers/registry";
import { validate } from "../data/validate";

import { ref } from "./layers/layerFields";

export { markColours, type MarkColour } from "./layers/layerFields";

/**
 * The map layers a story declares in `content/map.json`. The content chooses each id (chapters
 * list them in `steps[].map.layers`); the engine knows only the kinds. Legend labels come from
 * `content/i18n/<locale>.json` → `layer.<id>` (and `layer.<id>.<part>` for the kinds that need more).
 * Each kind's fields are in its module (src/map/layers/<kind>.ts).
 */
export const mapLayerSchema = z.discriminatedUnion("kind", layerSchemas);
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
    for (const role of buildKind(l.kind).dataRoles?.(l) ?? [])
      dataFileName(role, `layer "${l.id}" of ${file}`);
  });
  cache.set(dir, content);
  return content;
}

/** The strings a declared layer needs: its legend label and the parts of its kind. */
export function layerStringKeys(layer: MapLayer): string[] {
  const parts = buildKind(layer.kind).stringParts(layer);
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
