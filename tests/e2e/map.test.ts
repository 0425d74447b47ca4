import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { desktop, launch, phone, afterFrames } from "./browser";
import { buildWithMapboxToken, mapboxFixtureToken } from "./mapboxBuild";
import { serveStatic } from "./staticServer";

const baseUrl = inject("baseUrl");

interface StepInfo {
  id: string;
  layers: string[];
  bounds: [[number, number], [number, number]];
  routeProgress: number;
}
interface ChapterMapInfo {
  chapter: string;
  steps: StepInfo[];
  lastStepId: string;
}

/** The map steps of the built page, per chapter, read from each <story-map>'s JSON config file. */
function mapChapters(page: Page): Promise<ChapterMapInfo[]> {
  return page.$$eval("story-map", (els) =>
    Promise.all(
      els.map(async (el) => {
        const c = await (await fetch((el as HTMLElement).dataset.config!)).json();
        return { chapter: c.chapter, lastStepId: c.lastStepId, steps: c.steps };
      }),
    ),
  );
}

/** Scrolls so that a step's card sits where a reader reads it (its top at 45% of the screen). */
async function scrollToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const top = el.querySelector(".step__card")!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.45);
  }, id);
}

/** Waits until the chapter's live map shows the step and its camera has settled. */
async function waitForStep(page: Page, chapter: string, id: string) {
  await page.waitForFunction(
    ([c, s]) => {
      const el = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`);
      return el?.dataset.step === s && el?.dataset.settled === "true" && el?.dataset.state === "ready";
    },
    [chapter, id],
    { timeout: 20_000 },
  );
}

function mapState(page: Page, chapter: string) {
  return page.$eval(`story-map[data-chapter="${chapter}"]`, (el) => {
    const m = el as HTMLElement & {
      frameOnScreen(): {
        box: { left: number; top: number; right: number; bottom: number };
        width: number;
        height: number;
        padding: { top: number; right: number; bottom: number; left: number };
      } | null;
    };
    const graphic = el.closest<HTMLElement>(".scrolly__graphic")!;
    const img = graphic.querySelector("img")!;
    const d = m.dataset;
    return {
      renderer: d.renderer,
      state: d.state,
      step: d.step,
      layers: d.layers,
      center: d.center,
      zoom: d.zoom,
      routeProgress: d.routeProgress,
      mode: d.mode,
      frame: m.frameOnScreen(),
      live: graphic.dataset.live ?? "",
      imgVisibility: getComputedStyle(img).visibility,
      mapVisibility: getComputedStyle(el).visibility,
    };
  });
}

/** Mean and variance of the canvas pixels' brightness (overlays hidden): a blank map has ~0. */
async function canvasVariance(page: Page, chapter: string): Promise<number> {
  const sel = `story-map[data-chapter="${chapter}"]`;
  await page.$eval(sel, (el) => {
    for (const o of el.querySelectorAll<HTMLElement>(
      ".story-map__labels, .story-map__legend, .story-map__bar",
    ))
      o.style.visibility = "hidden";
  });
  const png = await page.locator(`${sel} canvas`).screenshot();
  await page.$eval(sel, (el) => {
    for (const o of el.querySelectorAll<HTMLElement>(
      ".story-map__labels, .story-map__legend, .story-map__bar",
    ))
      o.style.visibility = "";
  });
  return page.evaluate(async (b64) => {
    // An <img> (img-src allows data:), not fetch(): the page's CSP keeps connect-src to 'self'.
    const bmp = new Image();
    bmp.src = `data:image/png;base64,${b64}`;
    await bmp.decode();
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext("2d")!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let sum = 0;
    let sq = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
      sum += v;
      sq += v * v;
    }
    const mean = sum / n;
    return sq / n - mean * mean;
  }, png.toString("base64"));
}

/** Records requests that leave the site's origin, and CSP violations. */
async function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return foreign;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the live map (MapLibre, offline basemap)", () => {
  for (const [name, device] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as [string, BrowserContextOptions][]) {
    it(`follows every map step on a ${name}, framing it, with nothing from another origin`, async () => {
      const context = await browser.newContext({ ...device, reducedMotion: "reduce" });
      const foreign = await watch(context, baseUrl);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      const chapters = await mapChapters(page);
      expect(chapters.length).toBeGreaterThan(0);
      for (const { chapter, steps } of chapters) {
        for (const step of steps) {
          await scrollToStep(page, step.id);
          await waitForStep(page, chapter, step.id);
          const s = await mapState(page, chapter);
          expect(s.renderer, step.id).toBe("maplibre");
          expect(s.live.split(" "), step.id).toContain("map");
          expect(s.imgVisibility, `static image under step ${step.id}`).toBe("hidden");
          expect(s.mapVisibility).toBe("visible");
          expect((s.layers ?? "").split(" ").filter(Boolean).sort(), step.id).toEqual(
            [...step.layers].sort(),
          );
          expect(s.routeProgress).toBe(
            String(step.layers.includes("french-withdrawal") ? step.routeProgress : 0),
          );
          // The step's whole frame is on the map, inside the padding (legend, step card), ±2 px.
          const { box, width, height, padding } = s.frame!;
          expect(box.left, step.id).toBeGreaterThanOrEqual(padding.left - 2);
          expect(box.top, step.id).toBeGreaterThanOrEqual(padding.top - 2);
          expect(box.right, step.id).toBeLessThanOrEqual(width - padding.right + 2);
          expect(box.bottom, step.id).toBeLessThanOrEqual(height - padding.bottom + 2);
          const [lon, lat] = s.center!.split(",").map(Number);
          const [[w, so], [e, n]] = step.bounds;
          expect(lon).toBeGreaterThan(w - (e - w));
          expect(lon).toBeLessThan(e + (e - w));
          expect(lat).toBeGreaterThan(so - (n - so) * 2);
          expect(lat).toBeLessThan(n + (n - so));
          expect(Number(s.zoom)).toBeGreaterThan(2);
        }
      }
      expect(foreign).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it("draws a map, not a blank canvas", async () => {
    const context = await browser.newContext({ ...desktop, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const [first] = await mapChapters(page);
    const step = first!.steps.find((s) => s.layers.length > 0) ?? first!.steps[0]!;
    await scrollToStep(page, step.id);
    await waitForStep(page, first!.chapter, step.id);
    expect(await canvasVariance(page, first!.chapter)).toBeGreaterThan(50);
    await context.close();
  });

  it("loads the map library only when a map nears the viewport, never in the first view", async () => {
    const context = await browser.newContext({ ...phone });
    const requested: string[] = [];
    context.on("request", (r) => requested.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    const scripts = await page.$$eval("script[src]", (els) => els.map((e) => (e as HTMLScriptElement).src));
    for (const src of scripts) {
      const text = await (await page.request.get(src)).text();
      expect(text, src).not.toMatch(/MapLibre GL JS|mapbox-gl/i);
    }
    const mapFiles = () => requested.filter((p) => /maplibreRenderer|basemap\.json/.test(p));
    // At the top of the page, before the reader scrolls, nothing of the map loads.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(mapFiles()).toEqual([]);
    // A little scroll that leaves the map far below loads nothing either.
    await page.mouse.wheel(0, 100);
    await page.waitForFunction(() => window.scrollY > 0);
    // Two frames after the scroll, the observers that load the map have seen it.
    await afterFrames(page);
    expect(mapFiles()).toEqual([]);
    const [first] = await mapChapters(page);
    await scrollToStep(page, first!.steps[0]!.id);
    await waitForStep(page, first!.chapter, first!.steps[0]!.id);
    expect(mapFiles().length).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it("removes a map far from the viewport (map.remove()) and brings it back", async () => {
    const context = await browser.newContext({ ...desktop, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const [first] = await mapChapters(page);
    const sel = `story-map[data-chapter="${first!.chapter}"]`;
    const step = first!.steps[0]!;
    await scrollToStep(page, step.id);
    await waitForStep(page, first!.chapter, step.id);
    expect(await page.locator(`${sel} canvas`).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(
      (s) => document.querySelector<HTMLElement>(s)!.dataset.state === "waiting",
      sel,
    );
    expect(await page.locator(`${sel} canvas`).count()).toBe(0);
    expect((await mapState(page, first!.chapter)).live).not.toContain("map");
    await scrollToStep(page, step.id);
    await waitForStep(page, first!.chapter, step.id);
    expect(await page.locator(`${sel} canvas`).count()).toBe(1);
    await context.close();
  });

  it("waits for the reader's first pointer when asked to (embeds: data-load=interaction)", async () => {
    const context = await browser.newContext({ ...desktop, reducedMotion: "reduce" });
    const requested: string[] = [];
    context.on("request", (r) => requested.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const [first] = await mapChapters(page);
    const sel = `story-map[data-chapter="${first!.chapter}"]`;
    // Re-inserted with data-load="interaction", the element starts over (and cleans up first).
    await page.$eval(sel, (el) => {
      const parent = el.parentElement!;
      el.remove();
      el.setAttribute("data-load", "interaction");
      parent.append(el);
    });
    await scrollToStep(page, first!.steps[0]!.id);
    // The story has reached the step (the scroll engine marks it) and the frames after it ran.
    await page.waitForSelector(
      `scrolly-story[data-chapter="${first!.chapter}"][data-active-step="${first!.steps[0]!.id}"]`,
      { state: "attached" },
    );
    await afterFrames(page);
    expect(requested.filter((p) => /maplibreRenderer/.test(p))).toEqual([]);
    expect((await mapState(page, first!.chapter)).state).toBe("waiting");
    const box = (await page
      .locator(`${sel}`)
      .evaluate((el) => el.closest(".scrolly__graphic")!.getBoundingClientRect().toJSON()))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForStep(page, first!.chapter, first!.steps[0]!.id);
    await context.close();
  });

  it("lets the page scroll over the map during the story", async () => {
    const context = await browser.newContext({ ...desktop, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const [first] = await mapChapters(page);
    const step = first!.steps[0]!;
    await scrollToStep(page, step.id);
    await waitForStep(page, first!.chapter, step.id);
    const before = await page.evaluate(() => window.scrollY);
    const zoom = (await mapState(page, first!.chapter)).zoom;
    const box = (await page.locator(`story-map[data-chapter="${first!.chapter}"] canvas`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    // The wheel scrolls the page (the map does not take it)...
    await page.waitForFunction((b) => window.scrollY > b + 100, before);
    // ...and the map then shows the camera of whichever step is active, not a zoom of its own:
    // the same zoom as when that step is reached without the wheel.
    // (measured once the map has settled on the step the story says is active).
    // Step and zoom are read in one go: the story may move on to another step right after.
    const { active, afterWheel } = (await (
      await page.waitForFunction((c) => {
        const story = document.querySelector<HTMLElement>(`scrolly-story[data-chapter="${c}"]`)!;
        const map = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`)!;
        const id = story.dataset.activeStep;
        return id &&
          map.dataset.step === id &&
          map.dataset.settled === "true" &&
          map.dataset.state === "ready"
          ? { active: id, afterWheel: map.dataset.zoom }
          : null;
      }, first!.chapter)
    ).jsonValue()) as { active: string; afterWheel: string };
    if (active === step.id) expect(afterWheel).toBe(zoom);
    await scrollToStep(page, active);
    await waitForStep(page, first!.chapter, active);
    expect((await mapState(page, first!.chapter)).zoom).toBe(afterWheel);
    await context.close();
  });

  it("grows the withdrawal route as the reader reaches its step", async () => {
    const context = await browser.newContext({ ...desktop });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const chapters = await mapChapters(page);
    const at = chapters
      .flatMap((c) => c.steps.map((s, i) => ({ chapter: c.chapter, step: s, before: c.steps[i - 1] })))
      .find(
        (x) =>
          x.step.layers.includes("french-withdrawal") &&
          x.before &&
          !x.before.layers.includes("french-withdrawal"),
      );
    expect(at, "a step that adds the withdrawal route").toBeTruthy();
    await scrollToStep(page, at!.before!.id);
    await waitForStep(page, at!.chapter, at!.before!.id);
    // Record every share drawn the map reports until it reaches the step's (the line grows over
    // about 1.6 s): a MutationObserver on data-route-drawn, no polling.
    await page.evaluate((c) => {
      const el = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`)!;
      const seen: number[] = [];
      (window as unknown as { routeSamples: number[] }).routeSamples = seen;
      new MutationObserver(() => {
        if (el.dataset.routeDrawn) seen.push(Number(el.dataset.routeDrawn));
      }).observe(el, { attributes: true, attributeFilter: ["data-route-drawn"] });
    }, at!.chapter);
    await scrollToStep(page, at!.step.id);
    await page.waitForFunction(
      (target) => (window as unknown as { routeSamples: number[] }).routeSamples.at(-1) === target,
      at!.step.routeProgress,
      { timeout: 15_000 },
    );
    const samples = await page.evaluate(() => (window as unknown as { routeSamples: number[] }).routeSamples);
    // Grows: at least one share drawn between none and the step's, then the step's. Not a count of
    // frames: a loaded machine drew only 3 in the 1.6 s (the test asked for more than 3 and failed).
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.at(-1)).toBeCloseTo(at!.step.routeProgress, 2);
    expect(samples.some((v) => v > 0 && v < at!.step.routeProgress)).toBe(true);
    for (let i = 1; i < samples.length; i++) expect(samples[i]!).toBeGreaterThanOrEqual(samples[i - 1]!);
    await context.close();
  });

  it("has an explore mode after the last map step: pan, zoom, popups with sources, and a way back", async () => {
    const context = await browser.newContext({ ...desktop, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const chapters = await mapChapters(page);
    const c =
      chapters.find((x) => x.steps.find((s) => s.id === x.lastStepId)!.layers.includes("attacks")) ??
      chapters[0]!;
    const sel = `story-map[data-chapter="${c.chapter}"]`;
    await scrollToStep(page, c.steps[0]!.id);
    await waitForStep(page, c.chapter, c.steps[0]!.id);
    expect(await page.isVisible(`${sel} .story-map__explore`)).toBe(false);
    await scrollToStep(page, c.lastStepId);
    await waitForStep(page, c.chapter, c.lastStepId);
    await page.click(`${sel} .story-map__explore`);
    await page.waitForFunction(
      (s) => document.querySelector<HTMLElement>(s)?.dataset.mode === "explore",
      sel,
    );
    const rect = await page.$eval(sel, (el) => el.getBoundingClientRect().toJSON());
    expect(rect.width).toBe(desktop.viewport!.width);
    expect(rect.height).toBe(desktop.viewport!.height);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("story-map__back");

    // Drag to pan.
    const before = (await mapState(page, c.chapter)).center;
    await page.mouse.move(600, 400);
    await page.mouse.down();
    await page.mouse.move(450, 300, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(
      ([s, b]) => {
        const el = document.querySelector<HTMLElement>(s)!;
        return el.dataset.center !== b && el.dataset.settled === "true";
      },
      [sel, before ?? ""] as const,
    );

    // A click on an attack opens a popup with its date, toll and a source link.
    const last = c.steps.find((s) => s.id === c.lastStepId)!;
    if (last.layers.includes("attacks")) {
      const overlay = await (await page.request.get(`${baseUrl}/map/overlay.json`)).json();
      const kandadji = overlay.layers.attacks.points.features.find(
        (f: { properties: { id: string } }) => f.properties.id === "kandadji_attack",
      );
      const p = await page.$eval(
        sel,
        (el, ll) =>
          (el as unknown as { projectPoint(l: number[]): { x: number; y: number } }).projectPoint(ll),
        kandadji.geometry.coordinates,
      );
      const origin = (await page.locator(`${sel} .story-map__map`).boundingBox())!;
      await page.mouse.click(origin.x + p.x, origin.y + p.y);
      const popup = page.locator(`${sel} .story-map__popup`);
      await popup.waitFor({ state: "visible" });
      const text = await popup.innerText();
      expect(text).toContain("Kandadji attack");
      expect(text).toContain("September 28, 2023");
      expect(text).toMatch(/12 soldiers killed/);
      expect(await popup.locator("a[href^='http']").count()).toBeGreaterThan(0);
      await page.keyboard.press("Escape");
      await popup.waitFor({ state: "hidden" });
    }

    await page.keyboard.press("Escape");
    await page.waitForFunction((s) => document.querySelector<HTMLElement>(s)?.dataset.mode === "story", sel);
    await waitForStep(page, c.chapter, c.lastStepId);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("story-map__explore");
    await context.close();
  });
});

describe("without WebGL", () => {
  it("shows the static map of each step and loads no map library", async () => {
    const noGl = await launch(["--disable-webgl", "--disable-webgl2", "--disable-3d-apis"]);
    try {
      const page = await noGl.newPage({ ...desktop, reducedMotion: "reduce" });
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${baseUrl}/`);
      const [first] = await mapChapters(page);
      for (const step of first!.steps.slice(0, 2)) {
        await scrollToStep(page, step.id);
        await page.waitForFunction(
          ([c, s]) => {
            const el = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`)!;
            const img = el.closest(".scrolly__graphic")!.querySelector("img")!;
            return (
              el.dataset.state === "static" &&
              img.getAttribute("src")!.endsWith(`/graphics/${s}.svg`) &&
              img.complete
            );
          },
          [first!.chapter, step.id],
        );
        const s = await mapState(page, first!.chapter);
        expect(s.renderer).toBe("static");
        expect(s.live).not.toContain("map");
        expect(s.imgVisibility).toBe("visible");
        expect(s.mapVisibility).toBe("hidden");
      }
      expect(requested.filter((p) => /maplibreRenderer|basemap\.json/.test(p))).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe("without JavaScript", () => {
  it("shows each map step's static map and links its data table (on the chapter's data page)", async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const steps = await page.$$eval(".step[data-kind='map']", (els) => els.map((e) => e.id));
    expect(steps.length).toBeGreaterThan(0);
    for (const id of steps.slice(0, 3)) {
      const img = page.locator(`#${id} .step__figure img`);
      await img.scrollIntoViewIfNeeded();
      expect(await img.isVisible()).toBe(true);
      await page.waitForFunction((i) => {
        const el = document.querySelector<HTMLImageElement>(`#${i} .step__figure img`)!;
        return el.complete && el.naturalWidth > 0;
      }, id);
    }
    expect(await page.isVisible("story-map")).toBe(false);
    const withLayers = await page.$$eval(".step[data-kind='map']", (els) =>
      els
        .filter((e) =>
          /attacks|bases|withdrawal|pact|tri-border|conflict-events/.test(
            e.getAttribute("data-layers") ?? "",
          ),
        )
        .map((e) => e.id),
    );
    // The tables are out of the story's HTML (issue 13): each step links to its table, which the
    // chapter's data page holds under the step's id.
    const links = await page.$$eval(".step[data-kind='map'] .step__data a", (els) =>
      els.map((a) => [a.closest(".step")!.id, a.getAttribute("href")!] as const),
    );
    const linked = new Map(links);
    for (const id of withLayers) {
      const href = linked.get(id);
      expect(href, id).toMatch(new RegExp(`/data/[^/]+/#${id}$`));
      await page.goto(`${baseUrl}${href}`);
      expect(await page.locator(`[id="${id}"] details.map-data[open] tbody tr`).count(), id).toBeGreaterThan(
        0,
      );
    }
    await context.close();
  });
});

describe("with a Mapbox token", () => {
  // A build made with PUBLIC_MAPBOX_TOKEN set, as a deployment with a token would be. The token is
  // fake, and Mapbox's endpoints are answered by local fixtures (context.route): nothing goes out.
  // `npm test` builds it beside the other builds (MAPBOX_BUILD_DIR); run alone, this file builds it.
  const token = mapboxFixtureToken;
  const prebuilt = process.env.MAPBOX_BUILD_DIR;
  let dir = "";
  let site: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    if (prebuilt) {
      dir = prebuilt;
    } else {
      dir = mkdtempSync(path.join(tmpdir(), "niger-mapbox-"));
      await buildWithMapboxToken(dir);
    }
    site = await serveStatic(dir);
  }, 240_000);
  afterAll(async () => {
    await site?.close();
    if (dir && !prebuilt) rmSync(dir, { recursive: true, force: true });
  });

  const style = {
    version: 8,
    name: "Fixture light",
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#eeeae2" } }],
  };

  async function mapboxContext(styleStatus: number) {
    const context = await browser.newContext({
      ...desktop,
      reducedMotion: "reduce",
      serviceWorkers: "block",
    });
    const mapboxRequests: string[] = [];
    await context.route(/^https:\/\/([a-z0-9-]+\.)*mapbox\.com\//, (route) => {
      const url = route.request().url();
      mapboxRequests.push(url);
      if (url.includes("/styles/v1/"))
        return styleStatus === 200
          ? route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(style) })
          : route.fulfill({
              status: styleStatus,
              contentType: "application/json",
              body: '{"message":"Not Authorized - Invalid Token"}',
            });
      return route.fulfill({ status: 204, body: "" });
    });
    return { context, mapboxRequests };
  }

  it("runs the story on mapbox-gl with the same layers", async () => {
    const { context, mapboxRequests } = await mapboxContext(200);
    const foreign = await watch(context, site.url);
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const csp = await page.$eval('meta[http-equiv="content-security-policy"]', (m) =>
      m.getAttribute("content"),
    );
    expect(csp).toContain("https://api.mapbox.com");
    const [first] = await mapChapters(page);
    for (const step of first!.steps.slice(0, 2)) {
      await scrollToStep(page, step.id);
      await waitForStep(page, first!.chapter, step.id);
      const s = await mapState(page, first!.chapter);
      expect(s.renderer).toBe("mapbox");
      expect((s.layers ?? "").split(" ").filter(Boolean).sort()).toEqual([...step.layers].sort());
    }
    expect(
      mapboxRequests.some(
        (u) => u.includes("/styles/v1/mapbox/light-v11") && u.includes(`access_token=${token}`),
      ),
    ).toBe(true);
    expect(foreign.every((u) => /^https:\/\/([a-z0-9-]+\.)*mapbox\.com\//.test(u))).toBe(true);
    expect(await canvasVariance(page, first!.chapter)).toBeGreaterThan(20);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("falls back to the offline MapLibre map, and says so, when the Mapbox style fails", async () => {
    const { context } = await mapboxContext(401);
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await page.goto(`${site.url}/`);
    const [first] = await mapChapters(page);
    const step = first!.steps[0]!;
    await scrollToStep(page, step.id);
    await waitForStep(page, first!.chapter, step.id);
    expect((await mapState(page, first!.chapter)).renderer).toBe("maplibre");
    expect(warnings.some((w) => /falling back to the offline MapLibre map/.test(w))).toBe(true);
    await context.close();
  });
});
