// The second story (examples/blue-nile), built with CONTENT_DIR to dist-example/, tested like the
// main one: a static graphic per step, the live map and charts follow the steps, embeds and print
// work, axe finds nothing, and no id or word of the main story reaches its output.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { desktop, launch, waitForChart } from "../e2e/browser";

const baseUrl = inject("baseUrl");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface StepInfo {
  id: string;
  kind: string;
  chapter: string;
  chart?: string;
  state?: string;
}

let browser: Browser;
let page: Page;
let steps: StepInfo[] = [];

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext(desktop);
  page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
  steps = await page.$$eval(".step[data-step]", (els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return {
        id: d.step!,
        kind: d.kind!,
        chapter: el.closest("scrolly-story")!.getAttribute("data-chapter")!,
        ...(d.chart ? { chart: d.chart, state: d.chartState! } : {}),
      };
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls so that a step's card sits where a reader reads it (its top at 45% of the screen). */
async function scrollToStep(id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const top = el.querySelector(".step__card")!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.45);
  }, id);
}

describe("the example story", () => {
  it("has map steps and chart steps of two kinds", () => {
    expect(steps.filter((s) => s.kind === "map").length).toBeGreaterThanOrEqual(2);
    const charts = steps.filter((s) => s.kind === "chart");
    expect(new Set(charts.map((s) => s.chart)).size).toBeGreaterThanOrEqual(2);
  });

  it("gives every step its static graphic", async () => {
    for (const s of steps) {
      const res = await fetch(`${baseUrl}/graphics/${s.id}.svg`);
      expect(res.status, s.id).toBe(200);
      expect(await res.text(), s.id).toMatch(/^<svg[^>]*>/);
    }
  });

  it("moves the live map to each map step", async () => {
    for (const s of steps.filter((st) => st.kind === "map")) {
      await scrollToStep(s.id);
      await page.waitForFunction(
        ([c, id]) => {
          const el = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`);
          return el?.dataset.step === id && el?.dataset.settled === "true" && el?.dataset.state === "ready";
        },
        [s.chapter, s.id],
        { timeout: 20_000 },
      );
    }
  });

  it("shows each chart step's chart in its state", async () => {
    for (const s of steps.filter((st) => st.kind === "chart")) {
      await scrollToStep(s.id);
      await waitForChart(page, { id: s.id, chart: s.chart!, state: s.state! });
    }
  });

  it("has no axe-core violations on the story page, light and dark", async () => {
    await page.evaluate(axeSource);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const run = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"],
        });
        return run.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      expect(violations, scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  });

  it("renders every embed listed in the gallery", async () => {
    const gallery = await (await fetch(`${baseUrl}/embed/`)).text();
    const ids = [...new Set([...gallery.matchAll(/\/embed\/([a-z0-9-]+)\//g)].map((m) => m[1]!))];
    expect(ids.length).toBe(
      steps.filter((s) => s.kind === "map").length + new Set(steps.map((s) => s.chart).filter(Boolean)).size,
    );
    const tab = await page.context().newPage();
    for (const id of ids) {
      const res = await tab.goto(`${baseUrl}/embed/${id}/`);
      expect(res?.status(), id).toBe(200);
      await tab.waitForSelector("svg, img", { state: "visible" });
      expect(await tab.title(), id).not.toBe("");
    }
    await tab.close();
  });

  it("prints every chapter title", async () => {
    const tab = await page.context().newPage();
    await tab.goto(`${baseUrl}/`);
    const chapters = await tab.$$eval("section.chapter h2", (els) => els.map((e) => e.textContent!.trim()));
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    await tab.emulateMedia({ media: "print" });
    await tab.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await tab.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>("[data-print-graphics] img")].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    );
    const doc = await getDocument({
      data: new Uint8Array(await tab.pdf({ format: "A4" })),
      useSystemFonts: false,
    }).promise;
    let text = "";
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ") + " ";
    }
    text = text.replace(/\s+/g, " ");
    for (const title of chapters) expect(text).toContain(title.replace(/\s+/g, " "));
    await tab.close();
  });
});

/** Ids and words of the main story (content/): none may reach the example's output. */
function mainStoryTokens(): { ids: string[]; words: string[] } {
  const content = path.resolve("content");
  const places = readFileSync(path.join(content, "data/places.csv"), "utf8")
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[0]!)
    .filter(Boolean);
  const timeline = JSON.parse(readFileSync(path.join(content, "data/timeline.json"), "utf8")) as {
    events: { id: string }[];
  };
  const chapterFiles = readdirSync(path.join(content, "chapters")).filter((f) => f.endsWith(".mdx"));
  const chapters = chapterFiles.map((f) => f.replace(/^\d+-|\.mdx$/g, ""));
  const stepIds = chapterFiles.flatMap((f) =>
    [...readFileSync(path.join(content, "chapters", f), "utf8").matchAll(/<Step id="([^"]+)"/g)].map(
      (m) => m[1]!,
    ),
  );
  return {
    ids: [...new Set([...places, ...timeline.events.map((e) => e.id), ...chapters, ...stepIds])],
    words: ["Niger", "Kandadji", "UCDP", "Sahel", "ECOWAS", "France", "French"],
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe("the example's output", () => {
  // The example has no troops table (an optional data role): its sources once printed the
  // troop-sources heading above an empty list.
  it("prints a sources heading only above something", () => {
    const strings = JSON.parse(
      readFileSync(path.resolve("examples/blue-nile/i18n/en.json"), "utf8"),
    ) as Record<string, string>;
    for (const file of ["index.html", "sources/index.html"]) {
      const html = readFileSync(path.resolve("dist-example", file), "utf8");
      const sources = html.slice(html.indexOf('id="sources"'));
      expect(sources.length, file).toBeGreaterThan(100);
      expect(sources, file).not.toMatch(/<h3[^>]*>[^<]*<\/h3>\s*<(ul|ol)\b[^>]*>\s*<\/\1>/);
      expect(sources, file).not.toContain(`>${strings.troopSources}</h3>`);
    }
  });

  it("has no id or word of the main story in any file", () => {
    const { ids, words } = mainStoryTokens();
    expect(ids.length).toBeGreaterThan(20);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // An id counts as a whole token (not inside a longer id or word); a word anywhere, any case.
    const idRe = new RegExp(`(?<![\\w-])(${ids.map(escape).join("|")})(?![\\w-])`);
    const wordRe = new RegExp(words.map(escape).join("|"), "i");
    const dist = path.resolve("dist-example");
    const found: string[] = [];
    for (const file of filesUnder(dist)) {
      const text = readFileSync(file).toString("latin1");
      const m = wordRe.exec(text) ?? idRe.exec(text);
      if (m)
        found.push(
          `${path.relative(dist, file)}: "${m[0]}" in …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
        );
    }
    expect(found).toEqual([]);
  });
});
