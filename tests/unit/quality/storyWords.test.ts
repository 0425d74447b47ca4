import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";

/**
 * "The engine knows no story": nothing in src/ may name an id, a place or a word of this story,
 * in code or in comments. The ids are read from content/ (places, timeline events, chapters,
 * steps), so a new one is checked as soon as it is written; the words are the story's own.

 */
const NOT_YET: Record<string, string> = {};

/** Words of this story that no engine file should need. */
const WORDS = [
  "Niger",
  "Nigerien",
  "Kandadji",
  "UCDP",
  "France",
  "French",
  "Sahel",
  "Liptako",
  "ECOWAS",
  "AFRICOM",
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The ids the story's content chooses: places, events, chapters and steps. */
function storyIds(): string[] {
  const ids = new Set<string>();
  const places = readFileSync("content/data/places.csv", "utf8").split("\n").slice(1);
  for (const line of places) if (line.trim()) ids.add(line.split(",")[0]!);
  const timeline = JSON.parse(readFileSync("content/data/timeline.json", "utf8")) as {
    events: { id: string }[];
  };
  for (const e of timeline.events) ids.add(e.id);
  for (const file of readdirSync("content/chapters")) {
    ids.add(file.replace(/^\d{2}-|\.mdx$/g, ""));
    const frontmatter = parseYaml(
      readFileSync(path.join("content/chapters", file), "utf8").split(/^---$/m)[1]!,
    ) as {
      steps: { id: string }[];
    };
    for (const s of frontmatter.steps) ids.add(s.id);
  }
  return [...ids];
}

const checked = files("src")
  .map((f) => f.split(path.sep).join("/"))
  .filter((f) => !Object.keys(NOT_YET).some((p) => f === p || (p.endsWith("/") && f.startsWith(p))));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("src/ knows no story", () => {
  const ids = storyIds();
  // A whole id (not part of a longer one), and a whole word in any case.
  const idPattern = new RegExp(`(?<![\\w-])(${ids.map(escape).join("|")})(?![\\w-])`);
  const wordPattern = new RegExp(`\\b(${WORDS.join("|")})\\b`, "i");

  it("reads the story's ids from content/", () => {
    expect(ids.length).toBeGreaterThan(50);
    expect(checked.length).toBeGreaterThan(50);
  });

  it.each(checked)("%s names no id or word of the story", (file) => {
    const hits = readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => {
        const m = idPattern.exec(line) ?? wordPattern.exec(line);
        return m ? [`line ${i + 1}: "${m[1]}" in ${line.trim()}`] : [];
      });
    expect(hits).toEqual([]);
  });
});
