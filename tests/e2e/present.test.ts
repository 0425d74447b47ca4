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

describe("presentation mode", () => {
  it("steps through every slide by keyboard, each showing its step's graphic, and Esc leaves", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const steps = await page.$$eval(".step[data-step]", (els) =>
      els.map((e) => ({
        id: e.id,
        graphic: new URL((e as HTMLElement).dataset.graphic!, location.href).pathname,
      })),
    );
    await page.click("[data-present]");
    await page.waitForSelector(".present");
    expect(await page.getAttribute(".present", "role")).toBe("dialog");
    const keys = ["ArrowRight", "PageDown", " ", "ArrowDown"];
    for (let i = 0; i < steps.length; i++) {
      const s = await slide(page);
      expect(s).toMatchObject({ id: steps[i]!.id, src: steps[i]!.graphic });
      expect(s!.alt.length).toBeGreaterThan(20);
      if (i < steps.length - 1) await page.keyboard.press(keys[i % keys.length]!);
    }
    // At the end, "next" stays on the last slide; PageUp goes back; Home and End jump.
    await page.keyboard.press("ArrowRight");
    expect((await slide(page))!.id).toBe(steps.at(-1)!.id);
    await page.keyboard.press("PageUp");
    expect((await slide(page))!.id).toBe(steps.at(-2)?.id ?? steps[0]!.id);
    await page.keyboard.press("Home");
    expect((await slide(page))!.id).toBe(steps[0]!.id);
    await page.keyboard.press("End");
    expect((await slide(page))!.id).toBe(steps.at(-1)!.id);
    expect(new URL(page.url()).hash).toBe(`#${steps.at(-1)!.id}`);
    await page.keyboard.press("Escape");
    expect(await page.$(".present")).toBeNull();
    expect(new URL(page.url()).searchParams.has("present")).toBe(false);
    await page.close();
  });

  it("opens from ?present at the slide named in the address", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    const second = await page.$$eval(".step[data-step]", (els) => els[1]?.id ?? els[0]!.id);
    await page.goto(`${baseUrl}/?present#${second}`);
    await page.waitForSelector(".present");
    expect((await slide(page))!.id).toBe(second);
    await page.close();
  });

  it("has no axe-core violations", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.goto(`${baseUrl}/?present`);
    await page.waitForSelector(".present");
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, {
        runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"],
      });
      return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
    expect(violations).toEqual([]);
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
