// A third edition is new files only, and every word it prints comes from its own files. A copy of
// the project gets a Hausa edition ("ha") from scripts/newLocale.ts with every word of its files
// marked "⟦ha⟧" (the interface strings, story.json, data.json, glossary, teacher's guide, chapter
// titles, summaries and alts); then a real `astro build`. What the engine prints from its strings
// or the data must carry the mark: a word without it came from another edition's files (a lookup
// that ignored the page's locale, a fallback). Chapter bodies are copied unmarked (they are the
// translator's text), so the checks look at what the engine writes: graphics, downloads, map
// data, oEmbed documents, page titles, headers and navigation.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "./projectCopy.ts";

const MARK = "⟦ha⟧";
let project: ReturnType<typeof copyProject>;
let dist: string;
let build: { status: number | null; output: string };
let newFiles: string[];

beforeAll(() => {
  project = copyProject();
  const content = path.join(project.dir, "content");
  const before = new Set(listFiles(content));
  const node = process.execPath;
  const scaffold = spawnSync(node, ["scripts/newLocale.ts", "ha", "--mark", MARK, "--add"], {
    cwd: process.cwd(),
    env: { ...process.env, CONTENT_DIR: content },
    encoding: "utf8",
  });
  if (scaffold.status !== 0) throw new Error(scaffold.stderr);
  newFiles = listFiles(content).filter((f) => !before.has(f));
  dist = path.join(project.dir, "dist");
  const run = spawnSync(path.join(project.dir, "node_modules/.bin/astro"), ["build"], {
    cwd: project.dir,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    timeout: 280_000,
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 300_000);
afterAll(() => project?.remove());

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}
const read = (rel: string) => readFileSync(path.join(dist, rel), "utf8");
/** Text that holds a letter and no mark: a word that did not come from the edition's files. */
// Case-insensitive: labels in capitals (country names on maps) capitalise the mark too.
const unmarked = (texts: string[]) =>
  texts.filter((t) => /\p{L}/u.test(t) && !t.toLowerCase().includes(MARK) && !isIntlDate(t));

describe("a third edition (ha), new files only", { timeout: 60_000 }, () => {
  it("needs only new files in content/, and the tag in story.json → locales", () => {
    expect(newFiles.sort()).toEqual(
      expect.arrayContaining([
        "i18n/ha.json",
        "locales/ha/story.json",
        "locales/ha/data.json",
        "locales/ha/glossary.json",
        "locales/ha/teach.mdx",
      ]),
    );
    expect(newFiles.every((f) => f === "i18n/ha.json" || f.startsWith("locales/ha/"))).toBe(true);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it("builds every page under /ha/, in Hausa, with alternates both ways", () => {
    for (const page of ["", "teach/", "glossary/", "timeline/", "handout/", "embed/"]) {
      const html = read(`ha/${page}index.html`);
      expect(html, page).toContain('<html lang="ha"');
      expect(html, page).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/"/);
    }
    expect(read("index.html")).toMatch(/<link rel="alternate" hreflang="ha" href="[^"]*\/ha\/"/);
  });

  it("prints the edition's words in its page titles, headers and navigation", () => {
    for (const page of ["", "teach/", "glossary/", "timeline/", "handout/"]) {
      const html = read(`ha/${page}index.html`);
      const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
      expect(title, page).toContain(MARK);
      // Not h2 and below: the guide's and the chapters' bodies are the translator's text, unmarked.
      const nav = [...html.matchAll(/<(?:h1|button|label|th)[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
      expect(unmarked(nav), page).toEqual([]);
    }
  });

  it("writes every word of its static graphics from its strings or its data", () => {
    const svgs = readdirSync(path.join(dist, "ha/graphics"));
    expect(svgs.length).toBeGreaterThan(10);
    for (const svg of svgs) {
      const text = read(`ha/graphics/${svg}`);
      // One label at a time: the lines of a wrapped text (tspans, or a map's note written as
      // consecutive <text class="note">) are joined, since the mark is on the first line only.
      const runs: string[] = [];
      let last = "";
      for (const m of text.matchAll(/<(text|title|desc)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        const cls = /class="([^"]*)"/.exec(m[2]!)?.[1] ?? m[1]!;
        const line = m[3]!
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim();
        if (cls === "note" && last === "note") runs[runs.length - 1] += ` ${line}`;
        else runs.push(line);
        last = cls;
      }
      // Numbers, dates and units from Intl carry no mark: only runs with a letter are words.
      const words = runs.filter((r) => !/^[\d\s\u202f\u00a0.,:%–-]+$/.test(r));
      expect(unmarked(words), svg).toEqual([]);
    }
  });

  it("writes its downloads' CSV headers and notes from its strings", () => {
    const csvs = readdirSync(path.join(dist, "ha/downloads")).filter((f) => f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(0);
    for (const csv of csvs) {
      const [note, header] = read(`ha/downloads/${csv}`).split("\n");
      expect(note, csv).toContain(MARK);
      const cells = [...header!.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]!);
      expect(unmarked(cells), csv).toEqual([]);
    }
  });

  it("names places, regions and countries of its live map from its data.json", () => {
    // Names of places, regions, countries, sites and routes (source titles stay as published).
    const names = (json: unknown): string[] =>
      JSON.stringify(json)
        .match(/"(?:name|fromName|toName|base|role)":"([^"]*)"/g)!
        .map((m) => m.replace(/^"\w+":"|"$/g, ""));
    const overlay = names(JSON.parse(read("ha/map/overlay.json")));
    expect(overlay.length).toBeGreaterThan(10);
    expect(unmarked(overlay)).toEqual([]);
  });

  it("gives its embeds oEmbed documents in its words, pointing at its own story", () => {
    const embeds = readdirSync(path.join(dist, "ha/embed"), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    for (const e of embeds) {
      const doc = JSON.parse(read(`ha/embed/${e.name}/oembed.json`)) as Record<string, string>;
      expect(doc.title, e.name).toContain(MARK);
      expect(doc.provider_name, e.name).toContain(MARK);
      expect(new URL(doc.provider_url!).pathname).toMatch(/\/ha\/$/);
      expect(doc.html).toContain("/ha/embed/");
    }
  });
});

/** A date as Intl writes it in Hausa (month names are Intl's, not ours). */
function isIntlDate(text: string): boolean {
  const months = Array.from({ length: 12 }, (_, i) =>
    ["long", "short"].map((m) =>
      new Intl.DateTimeFormat("ha", { month: m as "long" | "short", timeZone: "UTC" }).format(
        new Date(Date.UTC(2023, i, 1)),
      ),
    ),
  ).flat();
  const rest = months.reduce((t, m) => t.split(m).join(""), text);
  return !/\p{L}/u.test(rest);
}
