import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ") + "\n";
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, " ") };
}

/** Images shown on paper, and whether each has loaded; step graphics and chrome must be hidden. */
const paperState = (page: Page) =>
  page.evaluate(() => {
    const shown = (e: Element) =>
      getComputedStyle(e).display !== "none" && (e as HTMLElement).offsetParent !== null;
    return {
      images: [...document.querySelectorAll("img")]
        .filter(shown)
        .map((i) => ({ src: i.getAttribute("src"), loaded: i.complete && i.naturalWidth > 0 })),
      keyGraphics: document.querySelectorAll("[data-print-graphics] img").length,
      stepFigures: [...document.querySelectorAll(".step__figure")].filter(shown).length,
      chrome: [
        ...document.querySelectorAll(".scrolly__graphic, share-link, [data-present], .contents, button"),
      ].filter(shown).length,
    };
  });

describe("the printed story", () => {
  it("is compact: every chapter's text with its key graphics, loaded, on at most 12 A4 pages, without interface chrome", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const chapters = await page.$$eval("section.chapter h2", (els) => els.map((e) => e.textContent!.trim()));

    await page.emulateMedia({ media: "print" });
    // What the browser does before printing; lazy key graphics load now.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>("[data-print-graphics] img")].every(
        (i) => i.complete && i.naturalWidth > 0,
      ),
    );
    const state = await paperState(page);
    expect(state.keyGraphics).toBeGreaterThanOrEqual(chapters.length);
    expect(state.images.filter((i) => !i.loaded)).toEqual([]);
    expect(state.images.length).toBe(state.keyGraphics);
    expect(state.stepFigures).toBe(0);
    expect(state.chrome).toBe(0);
    expect(await page.isVisible(".print-qr svg")).toBe(true);

    const { pages, text } = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
    expect(pages).toBeLessThanOrEqual(12);
    for (const title of chapters) expect(text).toContain(title.replace(/\s+/g, " "));
    expect(text).toContain("Read the interactive story online");
    // Sources print their full address.
    expect(text).toMatch(/<https?:\/\//);
    await page.close();
  });

  it("prints the same without JavaScript, with no empty frame", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.emulateMedia({ media: "print" });
    const { pages } = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
    expect(pages).toBeLessThanOrEqual(12);
    // Printing loaded every image shown on paper (the browser loads lazy images to print them).
    const state = await paperState(page);
    expect(state.images.length).toBe(state.keyGraphics);
    expect(state.images.filter((i) => !i.loaded)).toEqual([]);
    expect(state.stepFigures).toBe(0);
    await context.close();
  });
});

describe("the handout (/handout/)", () => {
  for (const format of ["A4", "Letter"] as const) {
    it(`prints on at most 12 ${format} pages without JavaScript: every chapter, every image loaded, no interface chrome`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      const chapters = await page.$$eval("section.chapter h2", (els) =>
        els.map((e) => e.textContent!.trim()),
      );
      // goto waits for the load event: every image of the page has loaded or failed by then.
      await page.goto(`${baseUrl}/handout/`);
      await page.emulateMedia({ media: "print" });
      const images = await page.$$eval("img", (imgs) =>
        imgs.map((i) => ({
          src: i.getAttribute("src"),
          lazy: i.loading === "lazy",
          loaded: i.complete && i.naturalWidth > 0,
        })),
      );
      expect(images.length).toBeGreaterThanOrEqual(chapters.length);
      expect(images.filter((i) => i.lazy || !i.loaded)).toEqual([]);
      const chrome = await page.$$eval(
        "nav, button, .skip-link, [data-present]",
        (els) => els.filter((e) => getComputedStyle(e).display !== "none").length,
      );
      expect(chrome).toBe(0);

      const { pages, text } = await pdfText(await page.pdf({ format, printBackground: true }));
      expect(pages).toBeLessThanOrEqual(12);
      for (const title of chapters) expect(text).toContain(title.replace(/\s+/g, " "));
      expect(text).toContain("Read the interactive story online");
      expect(text).not.toContain("Back to the story");
      await context.close();
    });
  }
});

describe("another edition on paper", () => {
  const { locales } = JSON.parse(readFileSync("content/story.json", "utf8")) as { locales: string[] };
  const other = locales[1];
  it.runIf(other !== undefined)(
    "prints the other edition's handout on at most 12 A4 pages without JavaScript, in its words",
    async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${other}/`);
      const chapters = await page.$$eval("section.chapter h2", (els) =>
        els.map((e) => e.textContent!.trim()),
      );
      await page.goto(`${baseUrl}/${other}/handout/`);
      expect(await page.getAttribute("html", "lang")).toBe(other);
      await page.emulateMedia({ media: "print" });
      const images = await page.$$eval("img", (imgs) =>
        imgs.map((i) => ({ src: new URL(i.src).pathname, loaded: i.complete && i.naturalWidth > 0 })),
      );
      expect(images.filter((i) => !i.loaded)).toEqual([]);
      // Its graphics are the edition's own (their labels are words).
      expect(images.filter((i) => i.src.includes("/graphics/") && !i.src.startsWith(`/${other}/`))).toEqual(
        [],
      );
      const { pages, text } = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
      expect(pages).toBeLessThanOrEqual(12);
      const headline = (
        JSON.parse(readFileSync(`content/locales/${other}/story.json`, "utf8")) as { headline: string }
      ).headline;
      expect(text).toContain(headline.replace(/\s+/g, " "));
      for (const title of chapters) expect(text).toContain(title.replace(/\s+/g, " "));
      await context.close();
    },
  );
});
