import { z } from "astro/zod";
import { DataError } from "./DataError";
import { validate } from "./validate";
import type { StoryData } from "./storyData";
import { slugify } from "./slugify";

/** The id of a figure: its fact id, `<event id>.<slug of its label>` (see src/data/facts.ts). */
export const figureKey = (eventId: string, label: string) => `${eventId}.${slugify(label)}`;

const distinct = (values: string[]) => [...new Set(values)];

/** What content/map.json and charts.json ask another edition's data.json for besides the data: unmapped notes' keys, credits, dataset versions. */
export interface MapWordIds {
  /** `<event>|<anchor>` of each unmapped note. */
  unmapped: string[];
  /** The basemap's and the layers' credits, as map.json writes them. */
  credits?: string[];
  /** The dataset versions charts print in their source lines (src/data/storyData.ts → chartVersions). */
  versions?: string[];
}

/**
 * `content/locales/<tag>/data.json`: the words another edition prints from content/data, by id.
 * Figures, dates, coordinates, sources and ids stay in content/data, single-sourced; only names,
 * titles and descriptions change. Every id of the data needs its words (strict: a missing or an
 * unknown id stops the build naming the file, the field and the id).
 */
export function makeDataWordsSchema(data: StoryData, map: MapWordIds = { unmapped: [] }) {
  const words = z.string().trim().min(1);
  const exactly = <T extends z.ZodType>(ids: string[], value: T) =>
    z.strictObject(Object.fromEntries(ids.map((id) => [id, value])) as Record<string, T>);
  const section = <T extends z.ZodType>(ids: string[], value: T) =>
    ids.length > 0 ? exactly(ids, value) : exactly(ids, value).optional();
  return z.strictObject({
    /** Place names, by places.csv id. */
    places: section(
      data.places.map((p) => p.id),
      words,
    ),
    /** Country names, by ISO 3166-1 alpha-3 code of countries.csv. */
    countries: section(
      data.countries.map((c) => c.iso3),
      words,
    ),
    /** Region names, by region id (the slug of the regions file's name). */
    regions: section(
      data.regions.map((r) => r.id),
      words,
    ),
    /**
     * Timeline events: title and summary, by event id; who carried it out and how sure the sources
     * are, where the data says (perpetrator, confidence: required then, refused otherwise).
     */
    events: section(
      data.timeline.events.map((e) => e.id),
      z.strictObject({
        title: words,
        summary: words,
        perpetrator: words.optional(),
        confidence: words.optional(),
      }),
    ).superRefine((events, ctx) => {
      for (const e of data.timeline.events)
        for (const field of ["perpetrator", "confidence"] as const) {
          const inData = Boolean(e[field]?.trim());
          if (!events || inData === (events[e.id]?.[field] !== undefined)) continue;
          ctx.addIssue({
            code: "custom",
            path: [e.id, field],
            message: inData ? `the data has one: "${e[field]}"` : "the data has none for this event",
          });
        }
    }),
    /**
     * Context statements of the timeline, by id: the statement and how sure the sources are
     * (confidence: required where the data gives one, refused otherwise, as for events).
     */
    statements: section(
      data.timeline.context_statements.map((s) => s.id),
      z.strictObject({ statement: words, confidence: words.optional() }),
    ).superRefine((statements, ctx) => {
      for (const s of data.timeline.context_statements) {
        const inData = Boolean(s.confidence.trim());
        if (!statements || inData === (statements[s.id]?.confidence !== undefined)) continue;
        ctx.addIssue({
          code: "custom",
          path: [s.id, "confidence"],
          message: inData ? `the data has one: "${s.confidence}"` : "the data has none for this statement",
        });
      }
    }),
    /** Names of the incidents (attacks), by event id. */
    incidents: section(
      data.attacks.map((a) => a.event_id),
      words,
    ),
    /**
     * Sites (bases): name, role and the troops reported there (as the map labels print it), by
     * `<force>|<place id>` (two forces may share a base).
     */
    sites: section(
      data.bases.map(siteKey),
      z.strictObject({ base: words, role: words, troops_reported: words }),
    ),
    /** Troop figures' descriptions, by `<force>|<date>|<location>` of the troops table. */
    troops: section(data.troops.map(troopKey), words),
    /**
     * Attackers killed as claimed, as the edition prints it, by incident event id (the incidents
     * that have a claim): words only, never a figure more precise than the source's.
     */
    claims: section(
      data.attacks.filter((a) => a.attackers_killed_claimed).map((a) => a.event_id),
      words,
    ),
    /** The incidents' regions as the incidents table writes them (free text: "A or B (sources conflict)"). */
    incidentRegions: section(distinct(data.attacks.map((a) => a.region)), words),
    /** How the troops table qualifies its figures ("about"), by the qualifier as the data writes it. */
    qualifiers: section(distinct(data.troops.map((t) => t.qualifier)), words),
    /** Where the troops table's figures were, by the location as the data writes it. */
    locations: section(distinct(data.troops.map((t) => t.location)), words),
    /**
     * The figures of the timeline as its page lists them, by fact id (`<event id>.<label slug>`):
     * the label and, where the data has one, the note on the number (its qualifier).
     */
    figures: z.strictObject(
      Object.fromEntries(
        data.timeline.events.flatMap((e) =>
          e.figures.map((f) => [
            figureKey(e.id, f.label),
            f.qualifier ? z.strictObject({ label: words, note: words }) : z.strictObject({ label: words }),
          ]),
        ),
      ),
    ),
    /** The units of the figures ("soldiers", "km"), as the data writes them. */
    units: z.strictObject(
      Object.fromEntries(
        [...new Set(data.timeline.events.flatMap((e) => e.figures.map((f) => f.unit)))]
          .filter(Boolean)
          .map((u) => [u, words]),
      ),
    ),
    /**
     * The sources' publishers as the data writes them (the timeline's and the troops table's), by
     * that text: names stay as published, the notes in them ("via", "citing", "state media") are
     * the edition's words.
     */
    publishers: section([...new Set(publisherTexts(data))], words),
    /** The map's notes on places it cannot draw (content/map.json → unmapped), by `<event>|<anchor>`. */
    unmapped: section(map.unmapped, words),
    /** The map's credits (content/map.json: the basemap's and each layer's), by the text map.json writes. */
    credits: section(distinct(map.credits ?? []), words),
    /** The dataset versions the charts' source lines print, by the text of the data's version column. */
    versions: section(distinct(map.versions ?? []), words),
    /** The parts of figures ("in combat"), as the data writes them. */
    parts: z.strictObject(
      Object.fromEntries(
        [
          ...new Set(
            data.timeline.events.flatMap((e) => e.figures.flatMap((f) => Object.keys(f.breakdown ?? {}))),
          ),
        ].map((p) => [p, words]),
      ),
    ),
  });
}
export type DataWords = z.output<ReturnType<typeof makeDataWordsSchema>>;

/** Every publisher the data cites: its events', context statements' and troop figures' sources. */
function publisherTexts(data: StoryData): string[] {
  const { events, context_statements } = data.timeline;
  return [...events, ...context_statements]
    .flatMap((x) => x.sources.map((s) => s.publisher))
    .concat(data.troops.map((t) => t.source));
}

/** The key of a sites row in data.json: force and place (two forces may share one base). */
export function siteKey(b: { force: string; place_id: string }): string {
  return `${b.force}|${b.place_id}`;
}

/** The key of a note of content/map.json → unmapped in data.json: its event and anchor place. */
export function unmappedKey(event: string, anchor: string): string {
  return `${event}|${anchor}`;
}

/** The key of a troops row in data.json: force, date and location, which together are unique. */
export function troopKey(t: { force: string; date: string; location: string }): string {
  return `${t.force}|${t.date}|${t.location}`;
}

function unique(keys: string[], file: string, field: string): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k))
      throw new DataError(
        { file, field, value: k },
        "two rows share this key: words cannot be matched to rows",
      );
    seen.add(k);
  }
}

/**
 * The data with another edition's words: same rows, ids, figures and order; names, titles and
 * descriptions from `words` (validated against the data first).
 */
export function applyDataWords(
  data: StoryData,
  input: unknown,
  file: string,
  map: MapWordIds = { unmapped: [] },
): StoryData {
  unique(data.bases.map(siteKey), file, "sites");
  unique(data.troops.map(troopKey), file, "troops");
  const w = validate(makeDataWordsSchema(data, map), input, { file });
  const places = data.places.map((p) => ({ ...p, name: w.places?.[p.id] ?? p.name }));
  const sources = <S extends { publisher: string }>(list: S[]) =>
    list.map((s) => ({ ...s, publisher: w.publishers?.[s.publisher] ?? s.publisher }));
  return {
    ...data,
    places,
    placeById: new Map(places.map((p) => [p.id, p])),
    countries: data.countries.map((c) => ({ ...c, name: w.countries?.[c.iso3] ?? c.name })),
    regions: data.regions.map((r) => ({ ...r, name: w.regions?.[r.id] ?? r.name })),
    attacks: data.attacks.map((a) => ({
      ...a,
      name: w.incidents?.[a.event_id] ?? a.name,
      attackers_killed_claimed: w.claims?.[a.event_id] ?? a.attackers_killed_claimed,
      region: w.incidentRegions?.[a.region] ?? a.region,
    })),
    bases: data.bases.map((b) => ({ ...b, ...w.sites?.[siteKey(b)] })),
    troops: data.troops.map((t) => ({
      ...t,
      description: w.troops?.[troopKey(t)] ?? t.description,
      source: w.publishers?.[t.source] ?? t.source,
      // Qualifier and location stay as the data writes them (the engine reads them: approximate
      // figures, country-wide totals); the edition's words go beside them.
      words: {
        qualifier: w.qualifiers?.[t.qualifier] ?? t.qualifier,
        location: w.locations?.[t.location] ?? t.location,
      },
    })),
    unmappedWords: w.unmapped,
    creditWords: w.credits,
    versionWords: w.versions,
    timeline: {
      ...data.timeline,
      events: data.timeline.events.map((e) => ({
        ...e,
        ...w.events?.[e.id],
        sources: sources(e.sources),
        figures: e.figures.map((f) => {
          const fw = w.figures[figureKey(e.id, f.label)] as { label: string; note?: string };
          return {
            ...f,
            words: {
              label: fw.label,
              unit: f.unit ? (w.units[f.unit] as string) : "",
              note: fw.note,
              parts: Object.fromEntries(Object.keys(f.breakdown ?? {}).map((k) => [k, w.parts[k] as string])),
            },
          };
        }),
      })),
      context_statements: data.timeline.context_statements.map((s) => ({
        ...s,
        ...w.statements?.[s.id],
        sources: sources(s.sources),
      })),
    },
  };
}
