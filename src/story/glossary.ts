import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import { DataError } from "../data/DataError";
import { contentDir } from "../data/contentDir";
import { buildFacts, type Fact } from "../data/facts";
import { id } from "../data/fields";
import { storyData } from "../data/storyData";
import type { Timeline } from "../data/timeline";
import { validate } from "../data/validate";
import { formatDate, formatNumber } from "../i18n/format";
import { loadStoryMeta } from "./storyMeta";
import { defaultLocale } from "../i18n/editions";
import { localeFile } from "../i18n/localeFiles";

/** One entry of `content/glossary.json`. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on /glossary/ (`#jnim`) and the id that `<Term id="jnim">` uses. */
  id: id.regex(/^[a-z0-9-]+$/, { error: "expected an id of lowercase letters, digits and hyphens" }),
  /** The headword, as the glossary lists it. */
  term: z.string().trim().min(1),
  /** Other names, spellings and abbreviations, listed after the headword. */
  aka: z.array(z.string().trim().min(1)).default([]),
  /**
   * Plain words for students, without typed figures: a date or number is written as a fact
   * token (`{<event id>.date}`) and filled in from content/data/timeline.json.
   */
  definition: z.string().trim().min(20, { error: "a definition needs at least a sentence" }),
  /** The actor this term names in content/data/timeline.json → actors, if any. */
  actor: id.optional(),
  /** A link for further reading: only a URL that content/data itself cites. */
  source: z.url().optional(),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** `content/glossary.json`: the terms a student may need, in the order of the story. */
export const glossarySchema = z.strictObject({
  /** Every term; ids are unique. */
  terms: z.array(glossaryTermSchema).min(1),
});

export interface Glossary {
  terms: GlossaryTerm[];
  byId: Map<string, GlossaryTerm>;
}

/** What a glossary is checked against: the data it may cite. */
export interface GlossaryRefs {
  facts: Map<string, Fact>;
  actorIds: Set<string>;
  /** Every URL that content/data and story.json cite, with a title to show for it. */
  sources: Map<string, string>;
}

const tokenPattern = /\{([a-z0-9_-]+\.[a-z0-9_.-]+)\}/g;

/**
 * Validates the glossary and its references: duplicate ids, unknown fact tokens, unknown
 * actors and URLs the data does not cite all stop the build naming the file, the field
 * and the value.
 */
export function parseGlossary(data: unknown, file: string, refs: GlossaryRefs): Glossary {
  const { terms } = validate(glossarySchema, data, { file });
  const byId = new Map<string, GlossaryTerm>();
  terms.forEach((t, i) => {
    const at = (field: string, value: unknown) => ({
      file,
      where: `term "${t.id}"`,
      field: `terms[${i}].${field}`,
      value,
    });
    const first = byId.get(t.id);
    if (first) {
      const n = terms.indexOf(first);
      throw new DataError(at("id", t.id), `duplicate term id (first used by terms[${n}])`);
    }
    byId.set(t.id, t);
    for (const m of t.definition.matchAll(tokenPattern)) {
      if (!refs.facts.has(m[1]!)) {
        throw new DataError(
          at("definition", `{${m[1]}}`),
          "unknown fact (expected <event>.date or <event>.<figure> from content/data/timeline.json)",
        );
      }
    }
    const stray = t.definition.replace(tokenPattern, "").match(/[{}]/);
    if (stray) throw new DataError(at("definition", t.definition), "a brace that is not a fact token");
    // Figures come from the data: a digit typed into a definition is a number nobody checked.
    const digits = t.definition.replace(tokenPattern, "").match(/\d+/);
    if (digits) {
      throw new DataError(
        at("definition", digits[0]),
        "write no figures in definitions; use a fact token such as {<event id>.date}",
      );
    }
    if (t.actor !== undefined && !refs.actorIds.has(t.actor)) {
      throw new DataError(at("actor", t.actor), "no actor with this id in content/data/timeline.json");
    }
    if (t.source !== undefined && !refs.sources.has(t.source)) {
      throw new DataError(
        at("source", t.source),
        "the data does not cite this URL (only links from content/data/timeline.json or story.json)",
      );
    }
  });
  return { terms, byId };
}

/** The facts, actors and URLs of the story's data, for checking a glossary. */
export function glossaryRefs(
  timeline: Timeline,
  datasets: { name: string; url?: string | undefined }[],
): GlossaryRefs {
  const sources = new Map<string, string>();
  for (const e of timeline.events)
    for (const s of e.sources) sources.set(s.url, `${s.title} (${s.publisher})`);
  for (const c of timeline.context_statements)
    for (const s of c.sources) sources.set(s.url, `${s.title} (${s.publisher})`);
  for (const d of datasets) if (d.url) sources.set(d.url, d.name);
  return {
    facts: buildFacts(timeline),
    actorIds: new Set(timeline.actors.map((a) => a.id)),
    sources,
  };
}

/** The definition with its fact tokens written out in the locale (dates and numbers by Intl). */
export function definitionText(term: GlossaryTerm, facts: Map<string, Fact>, locale: string): string {
  return term.definition.replace(tokenPattern, (_, factId: string) => {
    const f = facts.get(factId);
    if (!f) throw new Error(`glossary term "${term.id}": unknown fact {${factId}}`);
    return f.kind === "date" ? formatDate(String(f.value), locale) : formatNumber(Number(f.value), locale);
  });
}

/** The glossary file of the edition `locale`: content/glossary.json or content/locales/<locale>/glossary.json. */
export const glossaryFile = (locale: string): { abs: string; shown: string } => {
  if (locale !== defaultLocale()) return localeFile(locale, "glossary.json");
  const abs = path.join(contentDir(), "glossary.json");
  return { abs, shown: path.relative(process.cwd(), abs) || abs };
};

const cache = new Map<string, Glossary>();

/**
 * The glossary of the edition `locale`, read and checked once per build. Another edition's
 * glossary has the default one's terms in the same order, with the same actor and source: only
 * the words change.
 */
export function loadGlossary(locale: string): Glossary {
  const hit = cache.get(locale);
  if (hit) return hit;
  const { abs, shown } = glossaryFile(locale);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (e) {
    throw new DataError({ file: shown }, `cannot read (${(e as Error).message})`);
  }
  const meta = loadStoryMeta(locale);
  const glossary = parseGlossary(data, shown, glossaryRefs(storyData(locale).timeline, meta.datasets));
  if (locale !== defaultLocale()) checkSameTerms(glossary, loadGlossary(defaultLocale()), shown);
  cache.set(locale, glossary);
  return glossary;
}

function checkSameTerms(glossary: Glossary, base: Glossary, file: string): void {
  base.terms.forEach((b, i) => {
    const t = glossary.terms[i];
    if (!t || t.id !== b.id)
      throw new DataError(
        { file, field: `terms[${i}].id`, value: t?.id },
        `expected "${b.id}": the same terms in the same order as the default edition's glossary`,
      );
    for (const field of ["actor", "source"] as const)
      if (t[field] !== b[field])
        throw new DataError(
          { file, field: `terms[${i}].${field}`, value: t[field] },
          `expected ${JSON.stringify(b[field])}`,
        );
  });
  if (glossary.terms.length > base.terms.length) {
    const extra = glossary.terms[base.terms.length]!;
    throw new DataError(
      { file, field: `terms[${base.terms.length}].id`, value: extra.id },
      "no such term in the default edition's glossary",
    );
  }
}

/** Source title for a glossary link (the data's own title for that URL). */
export function sourceTitle(url: string, locale: string): string {
  return glossaryRefs(storyData(locale).timeline, loadStoryMeta(locale).datasets).sources.get(url) ?? url;
}

/** A glossary entry as the pages show it: definition written out, first use in the story. */
export interface GlossaryEntry {
  term: GlossaryTerm;
  definition: string;
  /** The chapter where the story first marks the term, if it does. */
  firstUse?: { chapterId: string; file: string; line: number } | undefined;
}

/**
 * The entries in alphabetical order for the locale (Intl.Collator), with the chapter of each
 * term's first marked use. `uses` comes from checkTermMarks() over the chapter files.
 */
export function glossaryEntries(
  glossary: Glossary,
  uses: Map<string, { file: string; line: number }>,
  chapterIdOf: (file: string) => string,
  facts: Map<string, Fact>,
  locale: string,
): GlossaryEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...glossary.terms]
    .sort((a, b) => collator.compare(a.term, b.term))
    .map((term) => {
      const use = uses.get(term.id);
      return {
        term,
        definition: definitionText(term, facts, locale),
        firstUse: use && { chapterId: chapterIdOf(use.file), ...use },
      };
    });
}
