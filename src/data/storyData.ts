import { DataError } from "./DataError";
import { dataFile } from "./contentDir";
import { dataFileName, type DataRole } from "./dataConfig";

/** How messages name the data file that plays `role` (content/data/<file>). */
const shown = (role: DataRole) => dataFile(dataFileName(role)).shown;
import { loadAttacks, type Attack } from "./attacks";
import { loadBases, type Base } from "./bases";
import { loadCountries, loadRegions, loadRiver, type Country, type Region } from "./geo";
import { loadPlaces, type Place } from "./places";
import { loadTimeline, type Timeline } from "./timeline";
import { loadTroops, type TroopFigure } from "./troops";
import type { Feature, MultiLineString } from "geojson";
import { applyDataWords, unmappedKey } from "./dataWords";
import { readChartsFile } from "./chartsFile";
import { loadYearlyColumn } from "./yearlyTable";
import { loadMapContent } from "../map/mapLayers";
import { defaultLocale } from "../i18n/editions";
import { readLocaleJson } from "../i18n/localeFiles";

export interface StoryData {
  places: Place[];
  placeById: Map<string, Place>;
  attacks: Attack[];
  bases: Base[];
  troops: TroopFigure[];
  timeline: Timeline;
  countries: Country[];
  regions: Region[];
  river: Feature<MultiLineString>;
  /**
   * Another edition's words for the notes of content/map.json → unmapped, by `<event>|<anchor>`
   * (content/locales/<tag>/data.json → unmapped); absent in the default edition, whose notes are
   * map.json's own.
   */
  unmappedWords?: Record<string, string>;
  /**
   * Another edition's words for the map's credits (content/map.json), by the text map.json writes
   * (data.json → credits); absent in the default edition.
   */
  creditWords?: Record<string, string>;
  /**
   * Another edition's words for the dataset versions charts print (data.json → versions), by the
   * text of the data's version column; absent in the default edition.
   */
  versionWords?: Record<string, string>;
}

function checkRef(
  ids: Set<string>,
  value: string | null | undefined,
  loc: { file: string; where: string; field: string },
  what: string,
) {
  if (value != null && !ids.has(value)) {
    throw new DataError({ ...loc, value }, `unknown ${what} id (not in ${shown("places")})`);
  }
}

/**
 * Loads every data file the story uses, validates each, and checks the references between
 * files (a place id of the incidents table must exist in the places table, and so on).
 */
export function loadStoryData(): StoryData {
  const places = loadPlaces();
  const placeIds = new Set(places.map((p) => p.id));
  const attacks = loadAttacks();
  const bases = loadBases();
  const troops = loadTroops();
  const timeline = loadTimeline();
  const eventIds = new Set(timeline.events.map((e) => e.id));

  attacks.forEach((a) => {
    const loc = { file: shown("incidents"), where: `row "${a.event_id}"`, field: "place_id" };
    checkRef(placeIds, a.place_id, loc, "place");
    if (!eventIds.has(a.event_id)) {
      throw new DataError(
        { ...loc, field: "event_id", value: a.event_id },
        `no event with this id in ${shown("timeline")}`,
      );
    }
  });
  bases.forEach((b) => {
    const loc = { file: shown("sites"), where: `row "${b.base}"`, field: "place_id" };
    checkRef(placeIds, b.place_id, loc, "place");
    if (!eventIds.has(b.left_by_source_event_id)) {
      throw new DataError(
        { ...loc, field: "left_by_source_event_id", value: b.left_by_source_event_id },
        `no event with this id in ${shown("timeline")}`,
      );
    }
  });
  troops.forEach((t) =>
    checkRef(
      placeIds,
      t.place_id,
      { file: shown("troops"), where: `row ${t.force} ${t.date}`, field: "place_id" },
      "place",
    ),
  );
  timeline.events.forEach((e) => {
    const loc = { file: shown("timeline"), where: `event "${e.id}"`, field: "place_id" };
    checkRef(placeIds, e.place_id, loc, "place");
    checkRef(placeIds, e.route_to_place_id, { ...loc, field: "route_to_place_id" }, "place");
  });

  return {
    places,
    placeById: new Map(places.map((p) => [p.id, p])),
    attacks,
    bases,
    troops,
    timeline,
    countries: loadCountries(),
    regions: loadRegions(),
    river: loadRiver(),
  };
}

/**
 * The dataset versions the charts print in their source lines: the `version` column of the CSV
 * files charts.json names (`table`, `value`, `version`, optional `year`), as the data writes them.
 */
export function chartVersions(): string[] {
  const charts = (readChartsFile().data as { charts?: Record<string, Record<string, unknown>> }).charts ?? {};
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return [
    ...new Set(
      Object.values(charts).flatMap((c) => {
        const [file, value, version] = [text(c.table), text(c.value), text(c.version)];
        if (!file || !value || !version) return [];
        return loadYearlyColumn({ file, year: text(c.year) ?? "year", value, version }).flatMap((r) =>
          r.version ? [r.version] : [],
        );
      }),
    ),
  ];
}

let cached: StoryData | undefined;
const editions = new Map<string, StoryData>();

/**
 * The story's data in the edition `locale`, read once per build: content/data as it is for the
 * default edition; for another, the same rows with the words of content/locales/<locale>/data.json.
 */
export function storyData(locale: string): StoryData {
  cached ??= loadStoryData();
  if (locale === defaultLocale()) return cached;
  let hit = editions.get(locale);
  if (!hit) {
    const { data, file } = readLocaleJson(locale, "data.json");
    const map = loadMapContent();
    hit = applyDataWords(cached, data, file, {
      unmapped: map.unmapped.map((n) => unmappedKey(n.event, n.anchor)),
      versions: chartVersions(),
      credits: [map.credit, ...map.layers.map((l) => l.credit)],
    });
    editions.set(locale, hit);
  }
  return hit;
}
