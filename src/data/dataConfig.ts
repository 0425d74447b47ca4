import path from "node:path";
import { z } from "astro/zod";
import { contentDir, readContentJson } from "./contentDir";
import { DataError } from "./DataError";
import { validate } from "./validate";

/** A file name inside content/data/ (no folders). */
const fileName = z
  .string()
  .regex(/^[\w.-]+\.(csv|json|geojson)$/, { error: "expected a file name in content/data/" });

/**
 * `content/story.json` → `data`: which file of content/data/ holds what, and the values the data
 * may use. The engine names no file and no category: the story declares them here.
 */
export const dataConfigSchema = z.strictObject({
  /** The data files, by role. Only places, countries, regions and timeline are required: a story
   * leaves out a role it does not use, and a layer or chart that needs it stops the build. */
  files: z.strictObject({
    /** Named points (id, name, WGS84 coordinates, provenance). */
    places: fileName,
    /** Countries the maps name, by ISO code (borders from world-atlas). */
    countries: fileName,
    /** First-level regions (GeoJSON polygons with name_en, iso_3166_2, label_lat, label_lon). */
    regions: fileName,
    /** Lines drawn by a "lines" map layer (GeoJSON LineString or MultiLineString features). */
    lines: fileName.optional(),
    /** The dated events of the story (JSON). */
    timeline: fileName,
    /** Incidents with tolls (one row per timeline event). */
    incidents: fileName.optional(),
    /** Sites used by the forces (bases), with troop figures and departure dates. */
    sites: fileName.optional(),
    /** Reported troop numbers by force and date. */
    troops: fileName.optional(),
    /** Georeferenced conflict events (one row per event, with deaths). */
    events: fileName.optional(),
    /** Monthly deaths by type of violence. */
    monthlyDeaths: fileName.optional(),
  }),
  /** The threads of the timeline, in display order; every event's `category` is one of them. */
  eventCategories: z.array(z.string().regex(/^[a-z0-9_-]+$/)).min(1),
  /** The forces of the sites and troops tables; every row's `force` is one of them. */
  forces: z.array(z.string().min(1)).default([]),
  /**
   * Who may claim a figure of the timeline (a figure's `claim`: a number one party reports and no
   * one has verified); each one's words are the string `claim.<id>`.
   */
  claimants: z.array(z.string().regex(/^[a-z0-9_-]+$/)).default([]),
});
export type DataConfig = z.output<typeof dataConfigSchema>;
export type DataRole = keyof DataConfig["files"];

const cache = new Map<string, DataConfig>();

/** The story's data declarations (`content/story.json` → `data`), read once per content folder. */
export function dataConfig(): DataConfig {
  const dir = contentDir();
  const hit = cache.get(dir);
  if (hit) return hit;
  const { data: json, file } = readContentJson("story.json");
  const data = validate(dataConfigSchema, (json as { data?: unknown }).data, { file, fieldPrefix: "data" });
  cache.set(dir, data);
  return data;
}

/** True when the story declares a file for `role`. */
export function hasDataFile(role: DataRole): boolean {
  return dataConfig().files[role] !== undefined;
}

/**
 * The name of the data file that plays `role`. A role the story does not declare stops the build,
 * naming the missing field and what needs it (`neededBy`, e.g. `layer "attacks"`).
 */
export function dataFileName(role: DataRole, neededBy = "the story"): string {
  const name = dataConfig().files[role];
  if (name === undefined) {
    const abs = path.join(contentDir(), "story.json");
    throw new DataError(
      { file: path.relative(process.cwd(), abs) || abs, field: `data.files.${role}` },
      `${neededBy} needs a data file in this role, and none is declared`,
    );
  }
  return name;
}

/** Stops the build when `value` is not one of the values `content/story.json` declares for `what`. */
export function checkDeclared(
  value: string,
  what: "eventCategories" | "forces" | "claimants",
  loc: { file: string; where: string; field: string },
): void {
  const known = dataConfig()[what];
  if (!known.includes(value))
    throw new DataError(
      { ...loc, value },
      `not declared in content/story.json → data.${what} (known: ${known.join(", ")})`,
    );
}
