import { z } from "astro/zod";
import { id, isoDate, isoMonth } from "./fields";
import { loadJson } from "./loadTable";
import { checkDeclared, dataConfig, dataFileName } from "./dataConfig";
import { dataFile } from "./contentDir";

/** A cited source of a fact. */
export const sourceSchema = z.object({
  /** Headline or page title (see title_from for how it was read). */
  title: z.string().min(1),
  /**
   * Language of the title (BCP 47), when it is not the language of the story's default edition
   * (story.json → locales[0]): pages in another language mark it with `lang`.
   */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: "expected a language tag such as fr or pt-BR" })
    .optional(),
  /** Outlet or organisation. */
  publisher: z.string().min(1),
  /** Link to the page. */
  url: z.url(),
  /** Publication date, when known, to the day (YYYY-MM-DD) or the month (YYYY-MM): printed at that precision. */
  published: z
    .union([isoDate, isoMonth], { error: "expected a date written YYYY-MM-DD or YYYY-MM" })
    .optional(),
  /**
   * What the title is (src/story/sourceTitle.ts): "headline", read from the page and printed in
   * quotation marks; "fromAddress", rebuilt from the web address; "label", a description of ours.
   * The last two are printed plainly and say what they are.
   */
  title_kind: z.enum(["headline", "fromAddress", "label"], {
    error: 'expected "headline", "fromAddress" or "label"',
  }),
  /** How the title was read, in words (a note for the team; pages read `title_kind`). */
  title_from: z.string(),
  /** Remarks on the source. */
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** A figure attached to an event (a toll, a troop number ...). */
export const figureSchema = z.strictObject({
  /** What is counted (fact ids are made from it). */
  label: z.string().min(1),
  /**
   * Who claims the figure, when it is one party's claim and not a verified count: one of
   * content/story.json → data.claimants. Pages label it with the string `claim.<id>`.
   */
  claim: z.string().min(1).optional(),
  /** The number as reported. */
  value: z.number().nonnegative(),
  /** Unit (people, soldiers, km ...). */
  unit: z.string(),
  /**
   * How the source bounds the number, when it does: "about", "atLeast" or "moreThan". Pages say it
   * in their edition's words (the strings of the same names); the qualifier below is the source's
   * own wording, a note.
   */
  bound: z.enum(["about", "atLeast", "moreThan"]).optional(),
  /** How the source qualifies it, in its words (a note; `bound` is what pages read). */
  qualifier: z.string().optional(),
  /** Parts of the total (e.g. killed in combat / in an accident). */
  breakdown: z.record(z.string(), z.number()).optional(),
  /** Member list, for the alliance event. */
  members: z.array(z.string()).optional(),
});
/**
 * A figure as the data has it; in another edition, with `words`: its label, unit, note and parts
 * in that edition's language (content/locales/<tag>/data.json). The label in the data stays, since
 * fact ids are made from it.
 */
export type EventFigure = z.output<typeof figureSchema> & {
  words?: { label: string; unit: string; note?: string | undefined; parts: Record<string, string> };
};

/** The threads of the timeline, in display order (content/story.json → data.eventCategories). */
export function eventCategories(): readonly string[] {
  return dataConfig().eventCategories;
}

/** One dated event of `content/data/timeline.json`. */
export const eventSchema = z.object({
  /** Stable id that chapters refer to. */
  id,
  /** Local date where it happened. */
  date: isoDate,
  /** How precise the date is. */
  date_precision: z.string(),
  /** Which thread of the story: one of story.json → data.eventCategories. */
  category: z.string().min(1),
  /** Place id in places.csv, or null when no location was gathered. */
  place_id: id.nullable(),
  /** Destination place, for movements (a convoy): drawn by a route layer of content/map.json. */
  route_to_place_id: id.optional(),
  /** Short title. */
  title: z.string().min(1),
  /** Summary of what the sources say. */
  summary: z.string().min(1),
  /** Figures reported for the event. */
  figures: z.array(figureSchema),
  /** Who carried it out, for attacks. */
  perpetrator: z.string().optional(),
  /** At least one source. */
  sources: z.array(sourceSchema).min(1, { error: "every event needs a source" }),
  /** high / medium / low (with reasons). */
  confidence: z.string(),
  /** Free notes. */
  notes: z.string(),
});
export type TimelineEvent = z.output<typeof eventSchema>;

export const timelineSchema = z.object({
  meta: z.object({ description: z.string(), flags: z.array(z.string()) }).loose(),
  events: z.array(eventSchema),
  context_statements: z.array(
    z.object({
      id,
      statement: z.string(),
      date: z.string(),
      sources: z.array(sourceSchema).min(1),
      confidence: z.string(),
    }),
  ),
  /** Actors the glossary may refer to (none for a story without them). */
  actors: z
    .array(
      z.object({
        id,
        name: z.string(),
        affiliation: z.string(),
        ucdp_name: z.string().optional(),
        notes: z.string(),
      }),
    )
    .default([]),
});
export type Timeline = z.output<typeof timelineSchema>;

export function loadTimeline(): Timeline {
  const name = dataFileName("timeline");
  const t = loadJson(name, timelineSchema);
  const file = dataFile(name).shown;
  const seen = new Set<string>();
  for (const e of t.events) {
    if (seen.has(e.id)) throw new Error(`${file}: duplicate event id "${e.id}"`);
    seen.add(e.id);
    checkDeclared(e.category, "eventCategories", { file, where: `event "${e.id}"`, field: "category" });
    for (const f of e.figures)
      if (f.claim !== undefined)
        checkDeclared(f.claim, "claimants", {
          file,
          where: `event "${e.id}", figure "${f.label}"`,
          field: "claim",
        });
  }
  return t;
}
