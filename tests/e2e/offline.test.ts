import type { Browser } from "playwright-core";
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

describe("offline", () => {
  it("has a web app manifest with icons that load", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const href = await page.getAttribute('link[rel="manifest"]', "href");
    const manifest = await (await page.request.get(`${baseUrl}${href}`)).json();
    expect(manifest).toMatchObject({ start_url: "/", display: "standalone" });
    expect(manifest.name.length).toBeGreaterThan(10);
    for (const icon of manifest.icons as { src: string }[]) {
      expect((await page.request.get(`${baseUrl}${icon.src}`)).ok(), icon.src).toBe(true);
    }
    await page.close();
  });

  it("opens the story on a second visit with the network cut, with every static graphic and the live map", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // First visit: the service worker installs, precaches and takes control.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A teacher preparing a lesson scrolls to a map: the live map loads and caches itself.
    const mapStep = await page.$eval('.step[data-kind="map"]', (e) => e.id);
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: "center" }), mapStep);
    const live = (await page.$("[data-renderer]")) !== null;
    if (live) {
      await page.waitForSelector('story-map[data-state="ready"]', { state: "attached", timeout: 30_000 });
      await page.waitForFunction(
        async () => (await (await caches.open("live-map")).keys()).length > 0,
        undefined,
        { timeout: 30_000 },
      );
    }

    await context.setOffline(true);
    const response = await page.goto(`${baseUrl}/`);
    // The property readers rely on: the page comes from the worker's cache, not the network
    // (which is really cut: an address the worker has not cached fails).
    expect(response?.fromServiceWorker()).toBe(true);
    const uncached = await page.evaluate(async () => {
      const res = await fetch(`/not-cached-${Date.now()}.txt`, { cache: "no-store" }).catch(() => null);
      return res?.ok ?? false;
    });
    expect(uncached).toBe(false);
    expect(await page.$$eval("section.chapter", (els) => els.length)).toBeGreaterThan(5);
    // Every step's static graphic comes from the cache.
    const broken = await page.evaluate(async () => {
      const srcs = [...document.querySelectorAll<HTMLElement>(".step[data-graphic]")].map(
        (s) => s.dataset.graphic!,
      );
      const failed: string[] = [];
      for (const src of srcs) {
        const res = await fetch(src).catch(() => null);
        if (!res?.ok) failed.push(src);
      }
      return failed;
    });
    expect(broken).toEqual([]);
    // So do the files the story's HTML leaves out (issue 13): each chapter's data page, which the
    // graphics link to and the live charts come from, the sources page and the map configs.
    const missing = await page.evaluate(async () => {
      const urls = new Set<string>();
      for (const a of document.querySelectorAll<HTMLAnchorElement>(".step__data a")) urls.add(a.pathname);
      for (const el of document.querySelectorAll<HTMLElement>(
        "chapter-charts[data-src], sources-list[data-src]",
      ))
        urls.add(el.dataset.src!);
      for (const el of document.querySelectorAll<HTMLElement>("story-map[data-config]"))
        urls.add(el.dataset.config!);
      // The embed dialog's snippets: the story's "Embed" button works offline.
      for (const el of document.querySelectorAll<HTMLElement>("embed-dialog[data-entries]"))
        urls.add(el.dataset.entries!);
      const failed: string[] = [];
      for (const url of urls) if (!(await fetch(url).catch(() => null))?.ok) failed.push(url);
      return { count: urls.size, failed };
    });
    expect(missing.count).toBeGreaterThan(3);
    expect(missing.failed).toEqual([]);
    const chartStep = await page.$eval('.step[data-kind="chart"]', (e) => e.id);
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: "center" }), chartStep);
    await page.waitForFunction(
      (s) =>
        document
          .getElementById(s)!
          .closest("scrolly-story")!
          .querySelector<HTMLElement>(".scrolly__graphic")!
          .dataset.live?.split(" ")
          .includes("chart"),
      chartStep,
      { timeout: 30_000 },
    );
    // The live map, cached when it first loaded, comes back offline too.
    if (live) {
      await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: "center" }), mapStep);
      await page.waitForSelector('story-map[data-state="ready"]', { state: "attached", timeout: 30_000 });
    }
    // A chapter address also opens offline (query strings and hashes hit the same cached page).
    await page.goto(`${baseUrl}/?present`);
    await page.waitForSelector(".present");
    await context.close();
  });

  it("opens the handout and the presentation with the network cut, after one visit to the story", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    const handout = await page.goto(`${baseUrl}/handout/`);
    expect(handout?.fromServiceWorker()).toBe(true);
    const images = await page.$$eval("img", (imgs) => imgs.map((i) => i.complete && i.naturalWidth > 0));
    expect(images.length).toBeGreaterThan(0);
    expect(images.every(Boolean)).toBe(true);

    await page.goto(`${baseUrl}/?present=2`);
    await page.waitForSelector('.present[data-index="1"]');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>(".present__figure img");
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await context.close();
  });
});
