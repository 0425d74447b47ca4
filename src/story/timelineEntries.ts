import { slugify } from "../data/geo";
import type { Fact } from "../data/facts";
import type { EventFigure, TimelineEvent } from "../data/timeline";

/** A figure of an event as the timeline page shows it. */
export interface TimelineFigure {
  /** The figure's label; a claim's without its closing note in brackets: the claim is shown apart. */
  label: string;
  fact: Fact;
  /** The unit, in the edition's words ("" for none). */
  unit: string;
  /** The data's note on the number: the source's wording or a caveat. */
  note?: string | undefined;
  /** Parts of the figure, e.g. killed in combat / in an accident. */
  parts: { label: string; value: number }[];
}

export interface TimelineYear {
  year: string;
  events: TimelineEvent[];
}

/** Events in date order, grouped by year (the order the page reads in). */
export function eventsByYear(events: TimelineEvent[]): TimelineYear[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const years: TimelineYear[] = [];
  for (const e of sorted) {
    const year = e.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.events.push(e);
    else years.push({ year, events: [e] });
  }
  return years;
}

/** The figures of an event, each with the fact that formats it (qualifier, claim) and its parts. */
export function timelineFigures(event: TimelineEvent, facts: Map<string, Fact>): TimelineFigure[] {
  return event.figures.map((fig: EventFigure) => {
    const id = `${event.id}.${slugify(fig.label)}`;
    const fact = facts.get(id);
    if (!fact)
      throw new Error(`content/data/timeline.json, event "${event.id}": no fact for figure "${fig.label}"`);
    // Another edition's words where the edition gives them (data.json → figures, units, parts).
    const w = fig.words;
    return {
      // A claim's label ends with a note in brackets saying whose claim it is: the page says it apart.
      label: fig.claim ? (w?.label ?? fig.label).replace(/\s*\([^)]*\)\s*$/, "") : (w?.label ?? fig.label),
      fact,
      unit: w ? w.unit : fig.unit,
      note: w ? w.note : fig.qualifier,
      parts: Object.entries(fig.breakdown ?? {}).map(([label, value]) => ({
        label: w?.parts[label] ?? label,
        value,
      })),
    };
  });
}

/**
 * Where the story cites each event first (a `<Fact id="event....">` or `<FactCheck event="...">`
 * in a chapter), so the timeline can link back to the chapter.
 */
export function eventChapters(files: { chapterId: string; text: string }[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const { chapterId, text } of files) {
    for (const m of text.matchAll(
      /<Fact\s+id=["']([a-z0-9_-]+)\.|<FactCheck\b[^>]*\bevent=["']([a-z0-9_-]+)["']/g,
    )) {
      const id = (m[1] ?? m[2])!;
      if (!first.has(id)) first.set(id, chapterId);
    }
  }
  return first;
}
