// A real `astro build` on broken content stops and says what to fix: the file, the field and the
// value. The unit tests of the schema and the loaders check the messages; these check that the
// build really runs them and prints them (guards against a schema that is defined but not used,
// or an error swallowed between the content layer and the terminal).
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "./projectCopy.ts";

const fixtures = path.resolve("tests/fixtures/chapters");
let project: ReturnType<typeof copyProject>;

beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

/**
 * Builds the copy with its content taken from `name/` (a copy of content/ changed by `edit`),
 * through CONTENT_DIR, and returns the exit code and everything the build printed.
 */
function buildWith(name: string, edit: (content: string) => void): { status: number | null; output: string } {
  const content = path.join(project.dir, name);
  cpSync(path.join(project.dir, "content"), content, { recursive: true });
  edit(content);
  const run = spawnSync(
    path.join(project.dir, "node_modules/.bin/astro"),
    ["build", "--outDir", path.join(project.dir, `dist-${name}`)],
    {
      cwd: project.dir,
      env: { ...process.env, CONTENT_DIR: content, NO_COLOR: "1", FORCE_COLOR: "0" },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
  return { status: run.status, output };
}

/** Replaces the chapters with one fixture chapter. */
const onlyChapter = (fixture: string) => (content: string) => {
  const chapters = path.join(content, "chapters");
  rmSync(chapters, { recursive: true });
  mkdirSync(chapters);
  copyFileSync(path.join(fixtures, fixture), path.join(chapters, fixture));
};

describe("astro build on broken content", { timeout: 150_000 }, () => {
  it("stops on a chapter that marks an unknown place, naming the file, the field and the value", () => {
    const { status, output } = buildWith("unknown-place", onlyChapter("01-unknown-place.mdx"));
    expect(status, output).not.toBe(0);
    expect(output).toContain("unknown-place/chapters/01-unknown-place.mdx");
    expect(output).toContain("steps.0.map.places.1");
    expect(output).toContain('unknown place id "atlantis"');
  });

  it("stops on a misspelt frontmatter field, naming the file, the field and the misspelling", () => {
    const { status, output } = buildWith("misspelt-field", onlyChapter("01-misspelt-field.mdx"));
    expect(status, output).not.toBe(0);
    expect(output).toContain("misspelt-field/chapters/01-misspelt-field.mdx");
    expect(output).toContain("steps.0.map");
    expect(output).toMatch(/[Uu]nrecognized key.*"layer"/);
  });

  it("stops on a translation with a missing key, naming the strings file and the key", () => {
    // The second edition of story.json → locales loses one key of its strings.
    const { status, output } = buildWith("missing-key", (content) => {
      const story = JSON.parse(readFileSync(path.join(content, "story.json"), "utf8"));
      const other = story.locales[1] as string;
      const file = path.join(content, "i18n", `${other}.json`);
      const strings = JSON.parse(readFileSync(file, "utf8"));
      delete strings.contents;
      writeFileSync(file, JSON.stringify(strings));
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/missing-key\/i18n\/\w+\.json, field "contents"/);
    expect(output).toContain("(value: (missing))");
  });

  it("stops on another edition's chapter that lacks a step of the default one, naming the file and the step", () => {
    let removed = "";
    const { status, output } = buildWith("missing-step", (content) => {
      const story = JSON.parse(readFileSync(path.join(content, "story.json"), "utf8"));
      const dir = path.join(content, "locales", story.locales[1] as string, "chapters");
      const file = path.join(dir, "01-kandadji.mdx");
      const text = readFileSync(file, "utf8");
      // Drop the last step of the frontmatter and its <Step> block.
      const ids = [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
      removed = ids.at(-1)!;
      const front = text.replace(new RegExp(`^ {2}- id: ${removed}\\n(?: {4}.*\\n)*`, "m"), "");
      writeFileSync(file, front.replace(new RegExp(`<Step id="${removed}">[\\s\\S]*?</Step>`), ""));
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /missing-step\/locales\/\w+\/chapters\/01-kandadji\.mdx, field "steps": missing step/,
    );
    expect(output).toContain(`(value: "${removed}")`);
  });

  it("stops on an event dated after the story's factsAsOf, naming the file, the event and the date", () => {
    const { status, output } = buildWith("after-facts-as-of", (content) => {
      const file = path.join(content, "data", "timeline.json");
      const timeline = JSON.parse(readFileSync(file, "utf8"));
      const story = JSON.parse(readFileSync(path.join(content, "story.json"), "utf8"));
      const last = timeline.events.at(-1);
      writeFileSync(
        file,
        JSON.stringify({
          ...timeline,
          events: [...timeline.events, { ...last, id: "unverified_event", date: "2026-11-01" }],
        }),
      );
      expect(story.factsAsOf < "2026-11-01").toBe(true);
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/data/timeline.json, event "unverified_event", field "date"');
    expect(output).toContain("2026-11-01");
  });
});
