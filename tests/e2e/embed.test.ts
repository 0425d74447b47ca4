import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, resize } from "./browser";
import { parseCsv } from "../../src/data/parseCsv";

const require = createRequire(import.meta.url);
const pymSource = readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// The site is served on 127.0.0.1; the host pages below on localhost: another origin.
const baseUrl = inject("baseUrl");

let browser: Browser;
let host: Server;
let hostUrl = "";
let allEmbeds: { id: string }[] = [];
// Host pages carry every chart and one map view per chapter (every map embed is the same page
// with another step; dozens of live WebGL maps on one page would exceed the browser's contexts).
let embeds: { id: string }[] = [];
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  const gallery = await (await fetch(`${baseUrl}/embed/`)).text();
  allEmbeds = [...gallery.matchAll(/<li class="gallery__item[^"]*" id="([^"]+)"/g)].map((m) => ({
    id: m[1]!,
  }));
  const story = await (await fetch(`${baseUrl}/`)).text();
  const firstMapOfChapter = [
    ...story.matchAll(/<section class="chapter[ "][\s\S]*?data-step="([^"]+)"[^>]*data-kind="map"/g),
  ].map((m) => `map-${m[1]}`);
  embeds = allEmbeds.filter((e) => e.id.startsWith("chart-") || firstMapOfChapter.includes(e.id));
  hostPages.set(
    "/loader.html",
    `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Host</title></head><body><h1>A newsroom article</h1>${embeds
      .map(
        (e) =>
          `<iframe src="${baseUrl}/embed/${e.id}/?childId=${e.id}" title="${e.id}" data-story-embed width="100%" height="500" style="border:0;width:100%" loading="lazy"></iframe><p>Text between embeds.</p>`,
      )
      .join("")}<script async src="${baseUrl}/embed/loader.js"></script></body></html>`,
  );
  hostPages.set(
    "/noscript.html",
    `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A CMS that strips scripts</h1><iframe src="${baseUrl}/embed/${embeds[0]!.id}/?childId=${embeds[0]!.id}" title="${embeds[0]!.id}" data-story-embed width="100%" height="500" style="border:0;width:100%"></iframe></body></html>`,
  );
  hostPages.set(
    "/pym.html",
    `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Host</title><script src="/pym.js"></script></head><body><h1>A newsroom article using pym.js</h1>${embeds
      .map((_, i) => `<div id="pym-${i}"></div><p>Text.</p>`)
      .join("")}<script>${embeds
      .map((e, i) => `new pym.Parent("pym-${i}", ${JSON.stringify(`${baseUrl}/embed/${e.id}/`)}, {});`)
      .join("")}</script></body></html>`,
  );
  host = createServer((req, res) => {
    if (req.url === "/pym.js")
      return void res.writeHead(200, { "Content-Type": "text/javascript" }).end(pymSource);
    const page = hostPages.get(req.url ?? "");
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, "localhost", resolve));
  const address = host.address();
  hostUrl = `http://localhost:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** Each embed iframe's height against its content's height. */
async function heights(page: Page) {
  const frames = await page.$$("iframe");
  const out: { src: string; iframe: number; content: number; scrolls: boolean }[] = [];
  for (const handle of frames) {
    await handle.scrollIntoViewIfNeeded();
    const frame = (await handle.contentFrame()) as Frame;
    await frame.waitForLoadState("load");
    const box = await handle.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
    }));
    out.push({ src: new URL(frame.url()).pathname, iframe: box, ...inner });
  }
  return out;
}

async function expectFitted(page: Page) {
  // Height messages arrive asynchronously: wait until each embed's own viewport (the iframe)
  // fits its content, then check every iframe from the host's side.
  for (const handle of await page.$$("iframe")) {
    await handle.scrollIntoViewIfNeeded();
    const frame = (await handle.contentFrame()) as Frame;
    await frame.waitForLoadState("load");
    await frame.waitForFunction(
      () =>
        Math.abs(document.documentElement.getBoundingClientRect().height - window.innerHeight) <= 2 &&
        document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1,
      undefined,
      { timeout: 20_000 },
    );
  }
  const last = await heights(page);
  expect(last.length).toBe(embeds.length);
  expect(JSON.stringify(last.filter((h) => Math.abs(h.iframe - h.content) > 2 || h.scrolls))).toEqual("[]");
}

describe("embeds on another site", () => {
  for (const method of ["loader", "pym"] as const) {
    it(`fit their content through ${method === "loader" ? "the site's loader" : "pym.js's parent"}, at 1280 px and after narrowing to 390 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${hostUrl}/${method}.html`);
      await page.waitForFunction((n) => document.querySelectorAll("iframe").length === n, embeds.length);
      await expectFitted(page);
      await resize(page, { width: 390, height: 844 });
      await expectFitted(page);
      await page.close();
    }, 150_000);
  }

  it("show the graphic where a CMS strips the script: the snippet's iframe works alone", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hostUrl}/noscript.html`);
    const frame = (await (await page.$("iframe"))!.contentFrame())!;
    await frame.waitForSelector("[data-embed]");
    expect(await page.$eval("iframe", (e) => e.getAttribute("height"))).toBe("500");
    expect(await frame.$eval("[data-embed]", (e) => e.getBoundingClientRect().height)).toBeGreaterThan(100);
    await page.close();
  });

  it("ignore height messages of the wrong origin, the wrong shape or the wrong iframe", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hostUrl}/loader.html`);
    await page.waitForFunction((n) => document.querySelectorAll("iframe").length === n, embeds.length);
    await expectFitted(page);
    const before = await page.$$eval("iframe", (els) => els.map((e) => e.style.height));
    const [first, second] = embeds.map((e) => e.id) as [string, string];
    // From the host page itself (wrong origin), with a valid shape.
    await page.evaluate((id) => window.postMessage(`pymxPYMx${id}xPYMxheightxPYMx999`, "*"), first);
    // From inside the first embed: wrong shapes, and another iframe's id.
    const frame = (await (await page.$("iframe"))!.contentFrame())!;
    await frame.evaluate(
      ([id, other]) => {
        for (const m of [
          `pymxPYMx${id}xPYMxheightxPYMx99999999`,
          `pymxPYMx${id}xPYMxheightxPYMx12;alert(1)`,
          `pymxPYMx${id}xPYMxwidthxPYMx10`,
          { height: 10 },
          `pymxPYMx${other}xPYMxheightxPYMx10`,
        ]) {
          window.parent.postMessage(m, "*");
        }
        // Then one valid message: once it has been applied, every message before it has been handled.
        window.parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx321`, "*");
      },
      [first, second],
    );
    await page.waitForFunction(() => document.querySelector("iframe")!.style.height === "321px");
    const after = await page.$$eval("iframe", (els) => els.map((e) => e.style.height));
    expect(after.slice(1)).toEqual(before.slice(1));
    await page.close();
  }, 150_000);
});

describe("embed pages", () => {
  it("are listed in the gallery: every chart and every map step", async () => {
    expect(allEmbeds.filter((e) => e.id.startsWith("chart-")).length).toBe(6);
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const mapSteps = await page.$$eval('.step[data-kind="map"]', (els) => els.map((e) => `map-${e.id}`));
    await page.close();
    expect(
      allEmbeds
        .filter((e) => e.id.startsWith("map-"))
        .map((e) => e.id)
        .sort(),
    ).toEqual(mapSteps.sort());
    expect(embeds.length).toBeGreaterThan(8);
  });

  it("have a name of their own in the gallery, in the edition's words (no step id), in both editions", async () => {
    for (const prefix of ["", "/fr"]) {
      const gallery = await (await fetch(`${baseUrl}${prefix}/embed/`)).text();
      const headings = [...gallery.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]!);
      expect(headings.length, prefix).toBe(allEmbeds.length);
      expect(new Set(headings).size, `${prefix}/embed/: two embeds share a name`).toBe(headings.length);
      for (const { id } of allEmbeds.filter((e) => e.id.startsWith("map-")))
        for (const h of headings) expect(h, prefix).not.toContain(id.slice("map-".length));
    }
  });

  it("take options from the address, and ignore unknown or malicious ones", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/embed/chart-monthly-deaths/?theme=dark&state=since-2022`);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    expect(await page.getAttribute("main", "data-state")).toBe("since-2022");
    await page.goto(
      `${baseUrl}/embed/chart-monthly-deaths/?theme=%3Cscript%3Ealert(1)%3C/script%3E&state=%22%3E%3Cimg%20src=x%3E`,
    );
    expect(await page.getAttribute("html", "data-theme")).toBeNull();
    expect(await page.getAttribute("main", "data-state")).toBe("all");
    expect(await page.content()).not.toContain("<img src=x>");
    expect(
      await page.$$eval("story-chart", (els) => els.map((e) => (e as HTMLElement).dataset.state)),
    ).toEqual(["all"]);
    await page.close();
  });

  it("show their static graphic, credit and link back without JavaScript, and are not indexed", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const id of ["chart-kandadji-toll", allEmbeds.find((e) => e.id.startsWith("map-"))!.id]) {
      await page.goto(`${baseUrl}/embed/${id}/`);
      expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
      const graphic = await page.$(id.startsWith("map-") ? ".embed__map img" : "figure svg");
      expect(graphic, id).not.toBeNull();
      expect(await page.getAttribute('a[target="_blank"]', "href")).toMatch(/^http.*\/(#[\w-]+)?$/);
    }
    await context.close();
  });

  it("each have an oEmbed document with the spec's fields, discoverable from the embed and its chapter", async () => {
    for (const { id } of allEmbeds) {
      const html = await (await fetch(`${baseUrl}/embed/${id}/`)).text();
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(href, id).toBeTruthy();
      const doc = await (await fetch(`${baseUrl}${new URL(href!).pathname}`)).json();
      expect(doc).toMatchObject({ version: "1.0", type: "rich", provider_name: expect.any(String) });
      expect(doc.html).toMatch(/^<iframe src="http[^"]+\/embed\//);
      for (const k of ["width", "height", "thumbnail_width", "thumbnail_height"])
        expect(doc[k], `${id} ${k}`).toBeGreaterThan(0);
      for (const k of ["title", "provider_url", "thumbnail_url"])
        expect(typeof doc[k], `${id} ${k}`).toBe("string");
    }
    const chapter = await (await fetch(`${baseUrl}/chapters/kandadji/`)).text();
    expect(chapter).toMatch(
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]+oembed\.json"/,
    );
  });

  it("offer downloads that are valid files of their type", async () => {
    const page = await browser.newPage();
    const gallery = await (await fetch(`${baseUrl}/embed/`)).text();
    const links = [...gallery.matchAll(/href="([^"]+\/downloads\/[^"]+)"/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(links.filter((l) => l.endsWith(".csv")).length).toBe(6);
    for (const link of new Set(links)) {
      const res = await fetch(`${baseUrl}${link}`);
      expect(res.ok, link).toBe(true);
      const body = Buffer.from(await res.arrayBuffer());
      if (link.endsWith(".png")) {
        expect([...body.subarray(0, 8)], link).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      } else if (link.endsWith(".svg")) {
        const ok = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          return doc.documentElement.nodeName === "svg" && !doc.querySelector("parsererror");
        }, body.toString("utf8"));
        expect(ok, link).toBe(true);
      } else {
        const [first, ...rest] = body.toString("utf8").split("\r\n");
        expect(first, link).toMatch(/^# .*(CC BY 4\.0|compiled|Natural Earth)/);
        const { columns, rows } = parseCsv(rest.join("\n"), link);
        expect(columns.length, link).toBeGreaterThan(1);
        expect(rows.length, link).toBeGreaterThan(2);
      }
    }
    await page.close();
  });
});

describe("the Embed button in the story", () => {
  it("opens an accessible dialog with the snippets for the active graphic, copies one, and closes with Esc", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const step = await page.$eval(".step[data-step]", (e) => (e as HTMLElement).dataset.embed!);
    const button = page.locator("section.chapter").first().locator("[data-embed-open]");
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog.embed-dialog[open]");
    expect(await page.getAttribute("dialog.embed-dialog", "data-embed")).toBe(step);
    const snippet = await page.$eval('[data-snippet="loader"]', (e) => (e as HTMLTextAreaElement).value);
    expect(snippet).toContain(`/embed/${step}/`);
    expect(snippet).toContain("/embed/loader.js");
    // Finished at build time (embed/dialog.json): the oEmbed address and the plain iframe too.
    expect(await page.$eval('[data-snippet="oembed"]', (e) => (e as HTMLTextAreaElement).value)).toMatch(
      new RegExp(`^http[^"]+/embed/${step}/oembed\\.json$`),
    );
    expect(await page.$eval('[data-snippet="iframe"]', (e) => (e as HTMLTextAreaElement).value)).toMatch(
      new RegExp(`^<iframe src="http[^"]+/embed/${step}/`),
    );
    await page.click('[data-copy="loader"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run("dialog.embed-dialog", {
        runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"],
      });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await page.$("dialog.embed-dialog[open]")).toBeNull();
    await context.close();
  });
});
