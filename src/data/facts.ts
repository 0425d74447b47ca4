import { slugify } from "./geo";
import type { EventFigure, Source, Timeline } from "./timeline";

/**
 * A fact a chapter may cite in its text: a figure or a date from timeline.json, with its
 * sources. Chapters write `<Fact id="some_event.soldiers-killed" />` instead of typing
 * the number, so every figure on the page comes from the data and links to its source.
 */
/** How the source bounds a number ("about", "at least", "more than"), from the data's `bound`. */
export type FactQualifier = NonNullable<EventFigure["bound"]> | null;

export interface Fact {
  id: string;
  kind: "number" | "date";
  /** The number, or the ISO date. */
  value: number | string;
  unit: string;
  /** How the source qualifies the number: "about", "at least", "more than", or not at all. */
  qualifier: FactQualifier;
  /** Who claims the figure (one of story.json → data.claimants), unverified; null for a count. */
  claim: string | null;
  label: string;
  /** Event the fact belongs to; its sources are listed under `#source-<eventId>`. */
  eventId: string;
  sources: Source[];
}

/**
 * Every fact of the timeline, by id:
 * - `<event>.date`: the event's date;
 * - `<event>.<figure label slug>`: a figure ("soldiers killed" → `soldiers-killed`);
 * - `<event>.<figure>.<part slug>`: a part of a figure's breakdown.
 */
export function buildFacts(timeline: Timeline): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const add = (f: Fact) => {
    if (facts.has(f.id))
      throw new Error(`content/data/timeline.json: two figures give the fact id "${f.id}"`);
    facts.set(f.id, f);
  };
  for (const e of timeline.events) {
    const base = { eventId: e.id, sources: e.sources };
    add({
      ...base,
      id: `${e.id}.date`,
      kind: "date",
      value: e.date,
      unit: "",
      qualifier: null,
      claim: null,
      label: e.title,
    });
    for (const fig of e.figures) {
      const figId = `${e.id}.${slugify(fig.label)}`;
      const claim = fig.claim ?? null;
      const qualifier = fig.bound ?? null;
      add({
        ...base,
        id: figId,
        kind: "number",
        value: fig.value,
        unit: fig.unit,
        qualifier,
        claim,
        label: fig.label,
      });
      for (const [part, value] of Object.entries(fig.breakdown ?? {})) {
        add({
          ...base,
          id: `${figId}.${slugify(part)}`,
          kind: "number",
          value,
          unit: fig.unit,
          qualifier: null,
          claim,
          label: `${fig.label}: ${part}`,
        });
      }
    }
  }
  return facts;
}

/** Looks a fact up, or fails with the closest ids so a typo is easy to fix. */
export function getFact(facts: Map<string, Fact>, id: string): Fact {
  const f = facts.get(id);
  if (f) return f;
  const [event] = id.split(".");
  const near = [...facts.keys()].filter((k) => k.startsWith(`${event}.`));
  throw new Error(
    `unknown fact id "${id}". ${near.length ? `Facts of "${event}": ${near.join(", ")}` : `No event "${event}" in content/data/timeline.json.`}`,
  );
}
