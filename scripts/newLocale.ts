/**
 * Starts another edition of the story: writes `content/locales/<tag>/` and `content/i18n/<tag>.json`
 * with the default edition's words, in the shape the build checks (src/story/storyMeta.ts,
 * src/story/chapterWords.ts, src/data/dataWords.ts, src/story/glossary.ts, src/story/teach.ts),
 * for a translator to translate in place. Then add the tag to story.json → locales.
 *
 *   node scripts/newLocale.ts ha                 # content/ (or CONTENT_DIR)
 *   node scripts/newLocale.ts ha --mark "⟦ha⟧"   # every word prefixed: tests see where words come from
 *   node scripts/newLocale.ts ha --add           # also adds "ha" to story.json → locales
 *
 * Existing files are never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { slugify } from "../src/data/slugify.ts";

const [tag, ...rest] = process.argv.slice(2);
if (!tag || !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(tag)) {
  console.error("usage: node scripts/newLocale.ts <tag> [--mark TEXT] [--add]");
  process.exit(1);
}
const markAt = rest.indexOf("--mark");
const mark = markAt >= 0 ? `${rest[markAt + 1] ?? ""}` : "";
const add = rest.includes("--add");
/** A word string of the new edition: the default edition's, with the marker if asked. */
const w = (s: string) => (mark ? `${mark} ${s}` : s);

const content = path.resolve(process.env.CONTENT_DIR ?? "content");
const out = path.join(content, "locales", tag);
const read = (name: string) => readFileSync(path.join(content, name), "utf8");
const readJson = <T>(name: string) => JSON.parse(read(name)) as T;
function write(file: string, text: string) {
  if (existsSync(file)) {
    console.log(`kept ${path.relative(process.cwd(), file)} (exists)`);
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** RFC 4180 rows as objects (quoted fields, doubled quotes, line breaks inside quotes). */
function csv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
  }
  if (cell || row.length) endRow();
  const [head, ...body] = rows.filter((r) => r.some((x) => x.trim()));
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ""])));
}

interface Story {
  locales: string[];
  headline: string;
  dek: string;
  project: string;
  credits: { role: string; text: string }[];
  datasets: { name: string; publisher: string; licence: string; note: string }[];
  method: string[];
  corrections: { policy: string; items: { date: string; text: string }[] };
  data: { files: Record<string, string | undefined> };
}
const story = readJson<Story>("story.json");

// story.json: its words only.
write(
  path.join(out, "story.json"),
  json({
    headline: w(story.headline),
    dek: w(story.dek),
    project: w(story.project),
    credits: story.credits.map((c) => ({ role: w(c.role), text: w(c.text) })),
    datasets: story.datasets.map((d) => ({
      name: w(d.name),
      publisher: w(d.publisher),
      licence: w(d.licence),
      note: w(d.note),
    })),
    method: story.method.map(w),
    corrections: {
      policy: w(story.corrections.policy),
      items: story.corrections.items.map((c) => ({ date: c.date, text: w(c.text) })),
    },
  }),
);

// i18n/<tag>.json: every interface string ({placeholders} kept).
// A string may be plural forms ({ "one": …, "other": … }): each form is a word to translate.
const strings = readJson<Record<string, string | Record<string, string>>>(`i18n/${story.locales[0]}.json`);
/** Strings that are settings, not words: copied as they are ("title" or "sentence"). */
const settings = new Set(["cite.titleCase"]);
const wordsOf = (v: string | Record<string, string>) =>
  typeof v === "string" ? w(v) : Object.fromEntries(Object.entries(v).map(([c, s]) => [c, w(s)]));
write(
  path.join(content, "i18n", `${tag}.json`),
  json(Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, settings.has(k) ? v : wordsOf(v)]))),
);

// data.json: the words the site prints from content/data, by id.
const files = story.data.files;
const data = (role: string) => (files[role] ? read(`data/${files[role]}`) : undefined);
const byId = <T>(rows: T[], key: (r: T) => string, value: (r: T) => unknown) =>
  Object.fromEntries(rows.map((r) => [key(r), value(r)]));
type Sourced = { sources: { publisher: string }[] };
const timeline = JSON.parse(data("timeline")!) as {
  events: ({
    id: string;
    title: string;
    summary: string;
    perpetrator?: string;
    confidence: string;
  } & Sourced)[];
  context_statements?: ({ id: string; statement: string; confidence: string } & Sourced)[];
};
const regions = JSON.parse(data("regions")!) as { features: { properties: { name_en: string } }[] };
const words: Record<string, unknown> = {
  places: byId(
    csv(data("places")!),
    (r) => r.id!,
    (r) => w(r.name!),
  ),
  countries: byId(
    csv(data("countries")!),
    (r) => r.iso3!,
    (r) => w(r.name!),
  ),
  regions: byId(
    regions.features,
    (f) => slugify(f.properties.name_en),
    (f) => w(f.properties.name_en),
  ),
  events: byId(
    timeline.events,
    (e) => e.id,
    (e) => ({
      title: w(e.title),
      summary: w(e.summary),
      ...(e.perpetrator?.trim() ? { perpetrator: w(e.perpetrator) } : {}),
      ...(e.confidence.trim() ? { confidence: w(e.confidence) } : {}),
    }),
  ),
};
if (timeline.context_statements?.length)
  words.statements = byId(
    timeline.context_statements,
    (s) => s.id,
    (s) => ({
      statement: w(s.statement),
      ...(s.confidence.trim() ? { confidence: w(s.confidence) } : {}),
    }),
  );
const incidents = data("incidents");
if (incidents)
  words.incidents = byId(
    csv(incidents),
    (r) => r.event_id!,
    (r) => w(r.name!),
  );
if (incidents) {
  words.incidentRegions = Object.fromEntries(
    [...new Set(csv(incidents).map((r) => r.region!.trim()))].map((v) => [v, w(v)]),
  );
  const claimed = csv(incidents).filter((r) => r.attackers_killed_claimed?.trim());
  if (claimed.length)
    words.claims = byId(
      claimed,
      (r) => r.event_id!,
      (r) => w(r.attackers_killed_claimed!.trim()),
    );
}
const sites = data("sites");
if (sites)
  words.sites = byId(
    csv(sites),
    (r) => `${r.force}|${r.place_id}`,
    (r) => ({ base: w(r.base!), role: w(r.role!), troops_reported: w(r.troops_reported!) }),
  );
const troops = data("troops");
if (troops)
  words.troops = byId(
    csv(troops),
    (r) => `${r.force}|${r.date}|${r.location}`,
    (r) => w(r.description!),
  );
if (troops) {
  // Qualifiers and locations of the troops table, by the text the data writes.
  const distinctWords = (values: string[]) => Object.fromEntries([...new Set(values)].map((v) => [v, w(v)]));
  words.qualifiers = distinctWords(csv(troops).map((r) => r.qualifier!.trim()));
  words.locations = distinctWords(csv(troops).map((r) => r.location!.trim()));
}
// The timeline's figures (label and note, by fact id), their units and parts.
const figures = (
  timeline.events as unknown as {
    id: string;
    figures: { label: string; unit: string; qualifier?: string; breakdown?: Record<string, number> }[];
  }[]
).flatMap((e) => e.figures.map((f) => ({ id: `${e.id}.${slugify(f.label)}`, ...f })));
words.figures = byId(
  figures,
  (f) => f.id,
  (f) => (f.qualifier ? { label: w(f.label), note: w(f.qualifier) } : { label: w(f.label) }),
);
const map = readJson<{
  credit: string;
  layers: { credit: string }[];
  unmapped?: { event: string; anchor: string; text: string }[];
}>("map.json");
// The dataset versions charts print in their source lines: the version column of their CSV files.
const charts = readJson<{ charts: Record<string, { table?: string; value?: string; version?: string }> }>(
  "charts.json",
).charts;
const versions = Object.values(charts).flatMap((c) =>
  c.table && c.value && c.version ? csv(read(`data/${c.table}`)).map((r) => r[c.version!]!.trim()) : [],
);
if (versions.some(Boolean))
  words.versions = Object.fromEntries([...new Set(versions.filter(Boolean))].map((v) => [v, w(v)]));
words.credits = Object.fromEntries(
  [...new Set([map.credit, ...map.layers.map((l) => l.credit)])].map((c) => [c, w(c)]),
);
if (map.unmapped?.length)
  words.unmapped = byId(
    map.unmapped,
    (n) => `${n.event}|${n.anchor}`,
    (n) => w(n.text),
  );
words.units = Object.fromEntries(
  [...new Set(figures.map((f) => f.unit).filter(Boolean))].map((u) => [u, w(u)]),
);
// The sources' publishers, by the data's text (names stay; the notes in them are translated): the
// timeline's and the troops table's.
const publishers = [...timeline.events, ...(timeline.context_statements ?? [])]
  .flatMap((x) => x.sources.map((s) => s.publisher))
  .concat(troops ? csv(troops).map((r) => r.source!) : []);
if (publishers.length) words.publishers = Object.fromEntries([...new Set(publishers)].map((p) => [p, w(p)]));
words.parts = Object.fromEntries(
  [...new Set(figures.flatMap((f) => Object.keys(f.breakdown ?? {})))].map((p) => [p, w(p)]),
);
write(path.join(out, "data.json"), json(words));

// glossary.json: same terms and ids, words to translate ({fact} tokens kept).
const glossary = readJson<{ terms: { term: string; aka?: string[]; definition: string }[] }>("glossary.json");
write(
  path.join(out, "glossary.json"),
  json({
    terms: glossary.terms.map((t) => ({
      ...t,
      term: w(t.term),
      ...(t.aka ? { aka: t.aka.map(w) } : {}),
      definition: w(t.definition),
    })),
  }),
);

/** Splits an MDX file into its frontmatter (parsed) and its body. */
function mdx(text: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error("no frontmatter");
  return { front: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}
const mdxText = (front: unknown, body: string) =>
  `---\n${stringifyYaml(front, { lineWidth: 0 })}---\n${body}`;

// chapters/NN-slug.mdx: frontmatter words only (steps: id and alt), body to translate.
for (const name of readdirSync(path.join(content, "chapters")).filter((f) => f.endsWith(".mdx"))) {
  const { front, body } = mdx(read(`chapters/${name}`));
  const f = front as {
    title: string;
    summary: string;
    short?: string;
    handout?: { summary: string };
    steps: { id: string; alt: string }[];
  };
  write(
    path.join(out, "chapters", name),
    mdxText(
      {
        title: w(f.title),
        ...(f.short !== undefined ? { short: w(f.short) } : {}),
        summary: w(f.summary),
        ...(f.handout ? { handout: { summary: w(f.handout.summary) } } : {}),
        steps: f.steps.map((s) => ({ id: s.id, alt: w(s.alt) })),
      },
      body,
    ),
  );
}

// teach.mdx: the same keys and chapter ids.
if (existsSync(path.join(content, "teach.mdx"))) {
  const { front, body } = mdx(read("teach.mdx"));
  const t = front as {
    title: string;
    summary: string;
    objectives: string[];
    lesson: { minutes: number; title: string; activity: string }[];
    questions: Record<string, string[]>;
    notes?: Record<string, string>;
    keyTerms: string[];
  };
  write(
    path.join(out, "teach.mdx"),
    mdxText(
      {
        ...t,
        title: w(t.title),
        summary: w(t.summary),
        objectives: t.objectives.map(w),
        lesson: t.lesson.map((l) => ({ minutes: l.minutes, title: w(l.title), activity: w(l.activity) })),
        questions: Object.fromEntries(Object.entries(t.questions).map(([k, qs]) => [k, qs.map(w)])),
        ...(t.notes ? { notes: Object.fromEntries(Object.entries(t.notes).map(([k, n]) => [k, w(n)])) } : {}),
      },
      body,
    ),
  );
}

if (add && !story.locales.includes(tag)) {
  const text = read("story.json");
  writeFileSync(
    path.join(content, "story.json"),
    text.replace(/"locales":\s*\[[^\]]*\]/, `"locales": ${JSON.stringify([...story.locales, tag])}`),
  );
  console.log(`added "${tag}" to story.json → locales`);
} else if (!story.locales.includes(tag)) {
  console.log(`now add "${tag}" to story.json → locales`);
}
