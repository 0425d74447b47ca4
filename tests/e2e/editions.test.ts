// The story's editions (content/story.json → locales): the language switch keeps the reader's
// place, every page names its alternates, and presentation mode works in another edition. Uses
// the second edition the content declares, whatever its language.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listPages } from "../unit/quality/builtSite.ts";
import { desktop, launch } from "./browser";

const baseUrl = inject("baseUrl");
const { locales } = JSON.parse(readFileSync("content/story.json", "utf8")) as { locales: string[] };
const [first, other] = locales as [string, string | undefined];
const dist = path.resolve("dist");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls so that a step's top sits just above the trigger line, as a reader would. */
async function scrollToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const top = el.querySelector(".step__card")!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.45);
  }, id);
}
const activeIs = (page: Page, chapter: string, step: string) =>
  page.waitForFunction(
    ([c, s]) =>
      document.querySelector<HTMLElement>(`scrolly-story[data-chapter="${c}"]`)?.dataset.activeStep === s,
    [chapter, step] as const,
  );

describe.runIf(other !== undefined)("the editions", () => {
  it("names the same page in every edition on every page: hreflang both ways and x-default", () => {
    const pages = listPages(dist);
    expect(pages.some((p) => p.url.startsWith(`/${other}/`))).toBe(true);
    for (const page of pages) {
      const alternates = [...page.html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      const tags = alternates.map((m) => m[1]);
      expect(tags, page.url).toEqual([...locales, "x-default"]);
      const lang = /<html lang="([^"]+)"/.exec(page.html)?.[1];
      const own = alternates.find((m) => m[1] === lang);
      expect(own && new URL(own[2]!).pathname, `${page.url}: its own alternate`).toBe(page.url);
    }
  });

  it("switches language at the same step of the same chapter, both ways", async () => {
    const page = await browser.newPage(desktop);
    await page.goto(`${baseUrl}/`);
    const [chapter, step] = await page.$$eval("section.chapter", (els) => {
      const c = els[2]!;
      const steps = c.querySelectorAll(".step");
      return [c.id, steps[Math.min(1, steps.length - 1)]!.id];
    });
    await scrollToStep(page, step);
    await activeIs(page, chapter, step);
    await page.click(`.edition-switch a[hreflang="${other}"]`);
    await page.waitForURL(`**/${other}/#${step}`);
    expect(await page.getAttribute("html", "lang")).toBe(other);
    await activeIs(page, chapter, step);
    // The graphic is the other edition's (its words), in the same state.
    const src = await page.$eval(`#${step}`, (e) => (e as HTMLElement).dataset.graphic!);
    expect(new URL(src, baseUrl).pathname).toBe(`/${other}/graphics/${step}.svg`);
    await page.click(`.edition-switch a[hreflang="${first}"]`);
    await page.waitForURL(`**/#${step}`);
    expect(new URL(page.url()).pathname).toBe("/");
    await activeIs(page, chapter, step);
    await page.close();
  });

  it("links to the same page without JavaScript, and keeps the slide in presentation mode", async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const plain = await context.newPage();
    for (const p of ["teach/", "glossary/", "handout/", "timeline/", "embed/"]) {
      await plain.goto(`${baseUrl}/${p}`);
      expect(await plain.getAttribute(`.edition-switch a[hreflang="${other}"]`, "href")).toBe(
        `/${other}/${p}`,
      );
    }
    await context.close();

    const page = await browser.newPage(desktop);
    await page.goto(`${baseUrl}/${other}/?present`);
    await page.waitForSelector(".present[data-slide]");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => /present=2/.test(location.search));
    const slide = await page.getAttribute(".present", "data-slide");
    // The slide shows the edition's own graphic.
    expect(
      await page.$eval(".present__figure img", (i) => new URL((i as HTMLImageElement).src).pathname),
    ).toBe(`/${other}/graphics/${slide}.svg`);
    const href = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>(".edition-switch a")!;
      link.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
      return link.href;
    });
    expect(new URL(href).pathname).toBe("/");
    expect(new URL(href).search).toBe("?present=2");
    await page.close();
  });
});
