// "The engine knows no story": ids are names the content chooses. Two copies of the project are
// built with `astro build`; in one, an event, a place, a step and a chapter are renamed
// consistently across content/ (files, fields, text, file names). The renamed site, with the new
// names put back, must be the original site file for file and byte for byte: renaming changes
// nothing but the names. And no old id may come out of the renamed build (a hard-coded id would).
// The new names are the old ones with a suffix, so they sort where the old ones did.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "./projectCopy.ts";

const SUFFIX = "_renamedfortest";
/** Ids of this story, one of each kind (a test may name the story; the engine may not). */
const renames = [
  { kind: "event", from: "kandadji_attack" },
  { kind: "place", from: "niamey_airbase" },
  { kind: "step", from: "coup-promise" },
  { kind: "chapter", from: "france-leaves" },
].map((r) => ({ ...r, to: `${r.from}${r.from.includes("_") ? SUFFIX : SUFFIX.replaceAll("_", "-")}` }));

/** An id as a whole id: not part of a longer one (ids are letters, digits, `_` and `-`). */
const asId = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, "g");

/**
 * The new names back to the old ones, in the forms the engine may write them: as they are, and
 * with `-` for `_` (slugs). The new names occur nowhere else, so nothing else changes.
 */
function restore(text: string): string {
  let out = text;
  for (const { from, to } of renames) {
    out = out.replaceAll(to, from).replaceAll(to.replaceAll("_", "-"), from.replaceAll("_", "-"));
  }
  return out;
}

/** Asset hashes and the service worker's revisions depend on bytes, not on what the site says. */
const normalise = (text: string) =>
  text
    .replace(/(_astro\/[\w.@-]+?)\.[\w-]{8}\.(js|css|mjs)/g, "$1.#.$2")
    .replace(/"revision":\s*"[^"]*"/g, '"revision":"#"')
    .replace(/revision:\s*"[^"]*"/g, 'revision:"#"');

/**
 * What the service worker precaches: its list of addresses. The rest of sw.js is Workbox, minified
 * with names that depend on the whole file's characters, so it is not compared byte for byte.
 */
const precached = (sw: string) =>
  JSON.stringify([...sw.matchAll(/url:"([^"]*)"/g)].map((m) => normalise(m[1]!)));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

const TEXT = /\.(html|json|js|mjs|css|svg|csv|txt|xml|webmanifest)$|_headers$/;

function build(dir: string): { status: number | null; output: string } {
  const run = spawnSync(path.join(dir, "node_modules/.bin/astro"), ["build"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    timeout: 280_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

let original: ReturnType<typeof copyProject>;
let renamed: ReturnType<typeof copyProject>;
let builds: { original: ReturnType<typeof build>; renamed: ReturnType<typeof build> };

beforeAll(() => {
  original = copyProject();
  renamed = copyProject();
  const content = path.join(renamed.dir, "content");
  for (const rel of listFiles(content)) {
    const file = path.join(content, rel);
    const text = readFileSync(file, "utf8");
    const next = renames.reduce((t, { from, to }) => t.replace(asId(from), to), text);
    if (next !== text) writeFileSync(file, next);
    // Chapters are named by their file: NN-<chapter id>.mdx, in every edition's folder.
    const base = path.basename(rel);
    const chapter = renames.find((r) => r.kind === "chapter" && base.endsWith(`-${r.from}.mdx`));
    if (chapter)
      renameSync(
        file,
        path.join(path.dirname(file), base.replace(`-${chapter.from}.mdx`, `-${chapter.to}.mdx`)),
      );
  }
  builds = { original: build(original.dir), renamed: build(renamed.dir) };
}, 600_000);
afterAll(() => {
  original?.remove();
  renamed?.remove();
});

describe("renaming ids across content/, then a real build", { timeout: 120_000 }, () => {
  const dist = (p: ReturnType<typeof copyProject>) => path.join(p.dir, "dist");

  it("builds both copies", () => {
    expect(builds.original.status, builds.original.output.slice(-3000)).toBe(0);
    expect(builds.renamed.status, builds.renamed.output.slice(-3000)).toBe(0);
  });

  it.each(renames)("renames something: the $kind id $from is in the original build", ({ from }) => {
    const files = listFiles(dist(original)).filter((f) => TEXT.test(f));
    expect(files.some((f) => readFileSync(path.join(dist(original), f), "utf8").includes(from))).toBe(true);
  });

  it("gives the same files, byte for byte, once the new names are put back", () => {
    const before = listFiles(dist(original));
    const after = listFiles(dist(renamed));
    expect(after.map(restore).map(normalise).sort()).toEqual(before.map(normalise).sort());
    // Same name, or (assets whose hash changed with their bytes) the same name without the hash;
    // several assets share a name without their hash (index.<hash>.css), so the exact name first.
    const exact = new Map(after.map((f) => [restore(f), f]));
    const byRestoredName = new Map(after.map((f) => [normalise(restore(f)), f]));
    const differ: string[] = [];
    for (const f of before) {
      const twin = exact.get(f) ?? byRestoredName.get(normalise(f))!;
      const a = readFileSync(path.join(dist(original), f));
      const b = readFileSync(path.join(dist(renamed), twin));
      const same =
        f === "sw.js"
          ? precached(a.toString("utf8")) === precached(restore(b.toString("utf8")))
          : TEXT.test(f)
            ? normalise(a.toString("utf8")) === normalise(restore(b.toString("utf8")))
            : a.equals(b);
      if (!same) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it("prints no old id anywhere in the renamed build", () => {
    const left: string[] = [];
    for (const f of listFiles(dist(renamed))) {
      const text = TEXT.test(f) ? readFileSync(path.join(dist(renamed), f), "utf8") : "";
      for (const { from, to } of renames) {
        // The new names hold the old ones: take them out first.
        const rest = `${f}\n${text}`.replaceAll(to, "").replaceAll(to.replaceAll("_", "-"), "");
        if (asId(from).test(rest)) left.push(`${f}: ${from}`);
      }
    }
    expect(left).toEqual([]);
  });
});
