import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "./browser";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const baseUrl = inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const slide = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector<HTMLElement>(".present");
    const img = root?.querySelector<HTMLImageElement>(".present__figure img");
    return root ? { id: root.dataset.slide!, src: new URL(img!.src).pathname, alt: img!.alt } : null;
  });

/** The slide shown, once the presentation has reached slide `index` (0-based). */
const slideAt = async (page: Page, index: number) => {
  await page.waitForFunction(
    (i) => document.querySelector<HTMLElement>(".present")?.dataset.index === String(i),
    index,
  );
  return (await slide(page))!;
};
const slideCount = (page: Page) =>
  page.$eval(".present__counter", (e) => Number(/(\d+)\D*$/.exec(e.textContent!)![1]));

describe("presentation mode", () => {
  it("steps through every slide by keyboard, each showing its step's graphic, long steps in parts, and Esc leaves", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}/`);
    const steps = await page.$$eval(".step[data-step]", (els) =>
      els.map((e) => ({
        id: e.id,
        graphic: new URL((e as HTMLElement).dataset.graphic!, location.href).pathname,
      })),
    );
    await page.click("[data-present]");
    await page.waitForSelector(".present[data-slide]");
    expect(await page.getAttribute(".present", "role")).toBe("dialog");
    const total = await slideCount(page);
    expect(total).toBeGreaterThanOrEqual(steps.length);
    // Clickers send PageDown, some arrows or space.
    const keys = ["ArrowRight", "PageDown", " ", "ArrowDown"];
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      const s = await slideAt(page, i);
      const step = steps.find((x) => x.id === s.id)!;
      expect(s.src).toBe(step.graphic);
      expect(s.alt.length).toBeGreaterThan(20);
      if (seen.at(-1) !== s.id) seen.push(s.id);
      // A step in parts says which part ("1/2"); a step on one slide says nothing.
      const part = await page.$eval(".present__part", (e) => e.textContent);
      if (part) expect(part).toMatch(/^\d+\/\d+$/);
      if (i < total - 1) await page.keyboard.press(keys[i % keys.length]!);
    }
    // Every step, in reading order, each on one slide or on consecutive slides.
    expect(seen).toEqual(steps.map((s) => s.id));
    // At the end, "next" stays on the last slide; PageUp goes back; Home and End jump.
    await page.keyboard.press("ArrowRight");
    expect((await slideAt(page, total - 1)).id).toBe(steps.at(-1)!.id);
    await page.keyboard.press("PageUp");
    await slideAt(page, total - 2);
    await page.keyboard.press("Home");
    expect((await slideAt(page, 0)).id).toBe(steps[0]!.id);
    await page.keyboard.press("End");
    expect((await slideAt(page, total - 1)).id).toBe(steps.at(-1)!.id);
    expect(new URL(page.url()).hash).toBe(`#${steps.at(-1)!.id}`);
    expect(new URL(page.url()).searchParams.get("present")).toBe(String(total));
    await page.keyboard.press("Escape");
    expect(await page.$(".present")).toBeNull();
    expect(new URL(page.url()).searchParams.has("present")).toBe(false);
    await page.close();
  });

  // Every screen in the default edition; the smallest projector screen in another edition too,
  // whose longer words make more slides split (content/story.json → locales).
  const other = (JSON.parse(readFileSync("content/story.json", "utf8")) as { locales: string[] }).locales[1];
  for (const [width, height, edition] of [
    [1280, 720, ""],
    [1024, 768, ""],
    [1920, 1080, ""],
    ...(other ? ([[1024, 768, `${other}/`]] as const) : []),
  ] as const) {
    it(`fits every slide${edition ? ` of /${edition}` : ""} on a ${width}×${height} screen: nothing overflows or leaves the screen, text at 24 px or more`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${baseUrl}/${edition}?present=1`);
      await page.waitForSelector(".present[data-slide]");
      const total = await slideCount(page);
      const problems: string[] = [];
      for (let i = 0; i < total; i++) {
        const s = await slideAt(page, i);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const words = document.querySelector<HTMLElement>(".present__words")!;
          const flow = document.querySelector<HTMLElement>(".present__flow")!;
          if (flow.scrollHeight > words.clientHeight || flow.scrollWidth > flow.clientWidth)
            out.push(
              `text ${flow.scrollWidth}×${flow.scrollHeight} in ${words.clientWidth}×${words.clientHeight}`,
            );
          for (const e of document.querySelectorAll<HTMLElement>(".present *")) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
              out.push(`${e.tagName.toLowerCase()}.${e.className} leaves the screen`);
          }
          for (const e of document.querySelectorAll(".present__text, .present__text *")) {
            const size = parseFloat(getComputedStyle(e).fontSize);
            if (size < 24) out.push(`${e.tagName.toLowerCase()} at ${size}px`);
          }
          return out;
        });
        problems.push(...found.map((p) => `slide ${i + 1} (${s.id}): ${p}`));
        if (i < total - 1) await page.keyboard.press("ArrowRight");
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("shows the teacher's notes with N, blanks the screen with B, and keeps the slide on reload", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}/?present=3`);
    await slideAt(page, 2);
    const id = (await slide(page))!.id;
    const chapter = await page.evaluate((s) => document.getElementById(s)!.closest("section")!.id, id);
    const teach = await browser.newPage();
    await teach.goto(`${baseUrl}/teach/`);
    const questions = await teach.$$eval(`.teach__chapter[data-chapter="${chapter}"] li`, (els) =>
      els.map((e) => e.textContent!.trim()),
    );
    await teach.close();
    expect(questions.length).toBeGreaterThan(0);

    await page.keyboard.press("n");
    await page.waitForSelector(".present__notes", { state: "visible" });
    const notes = await page.textContent(".present__notes");
    for (const q of questions) expect(notes).toContain(q);
    expect(await page.getAttribute("[data-action=notes]", "aria-pressed")).toBe("true");
    await page.keyboard.press("N");
    await page.waitForSelector(".present__notes", { state: "hidden" });

    // B blanks the screen; the next key brings the slide back without moving on.
    await page.keyboard.press("b");
    await page.waitForSelector(".present__blank", { state: "visible" });
    const blank = await page.$eval(".present__blank", (e) => {
      const r = e.getBoundingClientRect();
      return { w: r.width, h: r.height, bg: getComputedStyle(e).backgroundColor };
    });
    expect(blank).toEqual({ w: 1280, h: 720, bg: "rgb(0, 0, 0)" });
    await page.keyboard.press("PageDown");
    await page.waitForSelector(".present__blank", { state: "hidden" });
    expect((await slideAt(page, 2)).id).toBe(id);

    await page.keyboard.press("PageDown");
    const moved = await slideAt(page, 3);
    expect(new URL(page.url()).searchParams.get("present")).toBe("4");
    await page.reload();
    expect((await slideAt(page, 3)).id).toBe(moved.id);
    await page.close();
  });

  it("opens a presenter window with P, with the notes open, and keeps both windows on the same slide", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const projector = await context.newPage();
    await projector.goto(`${baseUrl}/?present=1`);
    await slideAt(projector, 0);
    const [presenter] = await Promise.all([context.waitForEvent("page"), projector.keyboard.press("p")]);
    await presenter.waitForSelector(".present[data-notes] .present__notes", { state: "visible" });
    expect((await slide(presenter))!.id).toBe((await slide(projector))!.id);
    // The projector moves: the presenter window follows; and the other way round.
    await projector.keyboard.press("PageDown");
    await projector.keyboard.press("PageDown");
    const moved = await slideAt(projector, 2);
    await presenter.waitForFunction(
      (id) => document.querySelector<HTMLElement>(".present")?.dataset.slide === id,
      moved.id,
    );
    // The presenter window's deck may be cut for another size: count from where it is.
    const at = Number(await presenter.getAttribute(".present", "data-index"));
    await presenter.keyboard.press("PageDown");
    const next = await slideAt(presenter, at + 1);
    await projector.waitForFunction(
      (id) => document.querySelector<HTMLElement>(".present")?.dataset.slide === id,
      next.id,
    );
    await context.close();
  });

  it("opens from ?present at the step or chapter named in the address", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    const second = await page.$$eval(".step[data-step]", (els) => els[1]?.id ?? els[0]!.id);
    await page.goto(`${baseUrl}/?present#${second}`);
    await page.waitForSelector(".present[data-slide]");
    expect((await slide(page))!.id).toBe(second);
    // A chapter in the address (where the scroll leaves it) opens at the chapter's first step.
    const [chapter, first] = await page.$$eval("section.chapter", (els) => {
      const c = els[1] ?? els[0]!;
      return [c.id, c.querySelector(".step")!.id];
    });
    await page.goto(`${baseUrl}/?present#${chapter}`);
    await page.waitForSelector(`.present[data-slide="${first}"]`);
    await page.close();
  });

  it("has no axe-core violations, with and without the notes", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.goto(`${baseUrl}/?present`);
    await page.waitForSelector(".present[data-slide]");
    await page.addScriptTag({ content: axeSource });
    const run = () =>
      page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"],
        });
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
    expect(await run()).toEqual([]);
    await page.keyboard.press("n");
    await page.waitForSelector(".present__notes", { state: "visible" });
    expect(await run()).toEqual([]);
    await page.close();
  });
});

describe("sharing", () => {
  it("keeps the address on the chapter being read, without a history entry per step", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const before = await page.evaluate(() => history.length);
    const chapters = await page.$$eval("section.chapter", (els) => els.map((e) => e.id));
    for (const id of chapters) {
      // The first two steps of each chapter: step changes inside a chapter add no entries either.
      const steps = await page.$$eval(`#${id} .step`, (els) => els.slice(0, 2).map((e) => e.id));
      for (const step of steps) {
        await page.mouse.wheel(0, 1);
        await page.evaluate((s) => {
          const top = document.getElementById(s)!.querySelector(".step__card")!.getBoundingClientRect().top;
          window.scrollBy(0, top - window.innerHeight * 0.45);
        }, step);
        await page.waitForFunction(
          (s) =>
            (document.getElementById(s)!.closest("scrolly-story") as HTMLElement).dataset.activeStep === s,
          step,
        );
      }
      await page.waitForFunction((c) => location.hash === `#${c}`, id);
    }
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.close();
  });

  it("copies a chapter link when the Web Share API is missing", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => {
      // Desktop Chromium has no navigator.share: make sure of it.
      Object.defineProperty(navigator, "share", { value: undefined });
    });
    const chapter = await page.$eval("section.chapter", (e) => e.id);
    await page.click(`#${chapter} share-link button`);
    await page.waitForFunction(
      (c) => document.querySelector(`#${c} share-link [data-status]`)?.textContent !== "",
      chapter,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/chapters/${chapter}/`);
    await context.close();
  });

  it("gives the story and each chapter link a social card whose image is a PNG made at build time", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const chapters = await page.$$eval("section.chapter", (els) => els.map((e) => e.id));
    for (const path of ["/", ...chapters.map((c) => `/chapters/${c}/`)]) {
      const res = await page.request.get(`${baseUrl}${path}`);
      const html = await res.text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, path).toBeTruthy();
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(html).toMatch(/<meta property="og:title" content="[^"]{5,}"/);
      const png = await page.request.get(`${baseUrl}${new URL(image!).pathname}`);
      expect(png.ok(), image).toBe(true);
      expect([...(await png.body()).subarray(0, 8)]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
    }
    // A chapter's own address sends readers on to the chapter in the story.
    await page.goto(`${baseUrl}/chapters/${chapters[1]}/`);
    await page.waitForURL(`${baseUrl}/#${chapters[1]}`);
    await page.close();
  });
});
