import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { desktop, launch, phone, afterFrames, resize, waitForChart } from "./browser";

// Browser tests of the live charts, against the built story: they find the chart steps in the
// page (`.step[data-kind=chart]`), so they follow whatever charts the chapters use.
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const baseUrl = inject("baseUrl");

interface ChartStep {
  id: string;
  chart: string;
  state: string;
  chapter: string;
}

/** Scrolls so that a step's card sits just above the trigger line, as a reader would. */
async function scrollToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const top = el.querySelector(".step__card")!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.45);
  }, id);
}

/** Waits until no transition runs in the chapter's charts (even a 0.01 ms one lags a frame). */
async function settle(page: Page, step: ChartStep) {
  await page.waitForFunction(
    (id) =>
      document
        .getElementById(id)!
        .closest("scrolly-story")!
        .querySelectorAll(".chart-svg")
        .values()
        .every((svg) => svg.getAnimations({ subtree: true }).length === 0),
    step.id,
  );
}

/** Index of the first mark whose centre a pointer reaches (not covered by another mark, a step
 * card or anything else), among the chart's marks with a value; -1 if none. */
function firstReachableMark(chart: Locator): Promise<number> {
  return chart.evaluate((el) =>
    [...el.querySelectorAll(".chart__marks [data-tip]:not(.is-off)")].findIndex((t) => {
      const r = t.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit?.closest("[data-tip]") === t;
    }),
  );
}

async function openStory(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
  return page;
}

let browser: Browser;
let steps: ChartStep[] = [];

beforeAll(async () => {
  browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/`);
  steps = await page.$$eval(".step[data-kind=chart]", (els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.step!,
      chart: (el as HTMLElement).dataset.chart!,
      state: (el as HTMLElement).dataset.chartState!,
      chapter: el.closest("scrolly-story")!.getAttribute("data-chapter")!,
    })),
  );
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

/** The first step of each chart, so each chart is checked once. */
function firstStepOfEachChart(): ChartStep[] {
  expect(steps.length, "no chart steps in the story").toBeGreaterThan(0);
  const seen = new Set<string>();
  return steps.filter((s) => {
    if (seen.has(s.chart)) return false;
    seen.add(s.chart);
    return true;
  });
}

describe("the charts in the story", () => {
  it("are driven by chart steps, each with a chart, a state and a static SVG of that state", async () => {
    expect(
      steps.length,
      "no .step[data-kind=chart] in the story: add chart steps to the chapters",
    ).toBeGreaterThan(0);
    for (const s of steps) {
      expect(s.chart).toMatch(/^[a-z-]+$/);
      expect(s.state).toMatch(/^[a-z0-9-]+$/);
      const res = await fetch(`${baseUrl}/graphics/${s.id}.svg`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/image\/svg\+xml/);
      const svg = await res.text();
      expect(svg).toMatch(/<title id="t">[^<]+<\/title><desc id="d">[^<]{20,}<\/desc>/);
      expect(svg).toContain(`data-chart="${s.chart}"`);
      expect(svg).toContain(`data-state="${s.state}"`);
      expect(svg).toMatch(/prefers-color-scheme:\s*dark/);
    }
  });

  for (const [name, options] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    it(`show the live chart of each chart step, in its state, over the static image (${name})`, async () => {
      const page = await openStory(options);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await waitForChart(page, step);
        const seen = await page.evaluate((id) => {
          const graphic = document
            .getElementById(id)!
            .closest("scrolly-story")!
            .querySelector(".scrolly__graphic")!;
          const img = graphic.querySelector(".scrolly__img")!;
          const chart = graphic.querySelector<HTMLElement>("story-chart:not([hidden])")!;
          const svg = chart.querySelector("svg")!;
          const plot = chart.querySelector<HTMLElement>(".chart__plot")!;
          return {
            img: getComputedStyle(img).visibility,
            chart: getComputedStyle(chart.parentElement!).visibility,
            shown: graphic.querySelectorAll("story-chart:not([hidden])").length,
            viewBox: svg.getAttribute("viewBox"),
            plot: `0 0 ${Math.floor(plot.clientWidth)} ${Math.floor(plot.clientHeight)}`,
          };
        }, step.id);
        expect(seen, step.id).toEqual({
          img: "hidden",
          chart: "visible",
          shown: 1,
          viewBox: seen.plot,
          plot: seen.plot,
        });
      }
      await page.context().close();
    });
  }

  it(
    "keep their text at 12 px or more and inside the chart, from 320 to 1440 px wide",
    { timeout: 90_000 },
    async () => {
      // One page, resized from width to width (a page per width and step is too slow for a story
      // this long). Each chart is checked at every width at its first step, and every step (every
      // state) at the narrowest width, where text is most crowded. Reduced motion: the final layout
      // is checked, not a frame of a transition.
      const page = await openStory({ viewport: { width: 1440, height: 800 }, reducedMotion: "reduce" });
      const firsts = firstStepOfEachChart();
      for (const width of [1440, 1024, 768, 390, 320]) {
        await resize(page, { width, height: 800 });
        for (const step of width === 320 ? steps : firsts) {
          await scrollToStep(page, step.id);
          await waitForChart(page, step);
          // The chart redraws for its new size a frame after the resize.
          await page
            .waitForFunction(
              (id) => {
                const chart = document
                  .getElementById(id)!
                  .closest("scrolly-story")!
                  .querySelector<HTMLElement>("story-chart:not([hidden])")!;
                const plot = chart.querySelector<HTMLElement>(".chart__plot")!;
                return (
                  chart.querySelector("svg")!.getAttribute("viewBox") ===
                  `0 0 ${Math.floor(plot.clientWidth)} ${Math.floor(plot.clientHeight)}`
                );
              },
              step.id,
              { timeout: 2_000 },
            )
            .catch(() => undefined); // a chart that never redraws is reported below
          await settle(page, step);
          const problems = await page.evaluate(
            ({ id, width }) => {
              const chart = document
                .getElementById(id)!
                .closest("scrolly-story")!
                .querySelector<HTMLElement>("story-chart:not([hidden])")!;
              const svg = chart.querySelector("svg")!;
              const plot = chart.querySelector<HTMLElement>(".chart__plot")!;
              const box = svg.getBoundingClientRect();
              const out: string[] = [];
              // Laid out for this width, not left over from the previous one.
              const laidOut = `0 0 ${Math.floor(plot.clientWidth)} ${Math.floor(plot.clientHeight)}`;
              if (svg.getAttribute("viewBox") !== laidOut)
                out.push(`viewBox ${svg.getAttribute("viewBox")}, plot ${laidOut} at ${width} px`);
              for (const t of svg.querySelectorAll<SVGTextElement>(".chart__marks text:not(.is-off)")) {
                if (!t.textContent?.trim()) continue;
                const size =
                  parseFloat(getComputedStyle(t).fontSize) * (box.width / svg.viewBox.baseVal.width);
                const r = t.getBoundingClientRect();
                if (size < 12) out.push(`${t.textContent}: ${size}px`);
                if (
                  r.left < box.left - 1 ||
                  r.right > box.right + 1 ||
                  r.top < box.top - 1 ||
                  r.bottom > box.bottom + 1
                )
                  out.push(
                    `${t.textContent}: outside the chart ([${[r.left, r.top, r.right, r.bottom].map(Math.round).join(", ")}] in [${[box.left, box.top, box.right, box.bottom].map(Math.round).join(", ")}])`,
                  );
              }
              for (const p of chart.querySelectorAll<HTMLElement>(
                ".chart__head p, .chart__foot p, summary",
              )) {
                if (parseFloat(getComputedStyle(p).fontSize) < 12) out.push(`${p.textContent}: too small`);
              }
              return out;
            },
            { id: step.id, width },
          );
          // Soft: one run lists every step and width with a problem.
          expect.soft(problems, `${step.id} at ${width} px`).toEqual([]);
        }
      }
      await page.context().close();
    },
  );

  it("read values out on hover, on focus with the arrow keys, and on tap", async () => {
    const page = await openStory({ ...desktop, hasTouch: true });
    for (const step of firstStepOfEachChart()) {
      await scrollToStep(page, step.id);
      await waitForChart(page, step);
      const chart = page.locator(
        `scrolly-story[data-chapter="${step.chapter}"] story-chart[data-chart="${step.chart}"]`,
      );
      const tip = chart.locator(".chart__tip");
      const targets = chart.locator(".chart__marks [data-tip]:not(.is-off)");
      expect(await targets.count(), step.id).toBeGreaterThan(0);

      // Hover, on the first mark that is not covered by another one at its centre.
      const index = await firstReachableMark(chart);
      expect(index, `${step.id}: every mark is covered`).toBeGreaterThanOrEqual(0);
      const first = targets.nth(index);
      await first.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(await first.getAttribute("data-tip"));
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);

      // Keyboard: focus the plot, then arrow keys move from value to value.
      await chart.locator(".chart__plot").focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(await first.getAttribute("data-tip"));
      if ((await targets.count()) > 1) {
        await page.keyboard.press("Home");
        expect(await tip.textContent()).toBe(await targets.first().getAttribute("data-tip"));
        await page.keyboard.press("ArrowRight");
        expect(await tip.textContent()).toBe(await targets.nth(1).getAttribute("data-tip"));
        await page.keyboard.press("End");
        expect(await tip.textContent()).toBe(await targets.last().getAttribute("data-tip"));
      }
      await page.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);

      // Tap.
      await first.tap();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(await first.getAttribute("data-tip"));
      await page.keyboard.press("Escape");
    }
    await page.context().close();
  });

  it("read values out on a phone, when a mark between the step cards is tapped", async () => {
    // On phones the cards' column lies over the graphic (Chapter.astro): a tap between two cards
    // must reach the chart underneath, not the column.
    const page = await openStory(phone);
    for (const step of firstStepOfEachChart()) {
      await scrollToStep(page, step.id);
      await waitForChart(page, step);
      await settle(page, step);
      const chart = page.locator(
        `scrolly-story[data-chapter="${step.chapter}"] story-chart[data-chart="${step.chart}"]`,
      );
      const tip = chart.locator(".chart__tip");
      const index = await firstReachableMark(chart);
      expect(
        index,
        `${step.id}: no mark can be tapped (all under the cards or the steps' column)`,
      ).toBeGreaterThanOrEqual(0);
      const mark = chart.locator(".chart__marks [data-tip]:not(.is-off)").nth(index);
      await mark.tap();
      await expect.poll(() => tip.isVisible(), { message: step.id }).toBe(true);
      expect(await tip.textContent(), step.id).toBe(await mark.getAttribute("data-tip"));
      // The tap went to the chart: the story stays on the step.
      expect(
        await page.evaluate((id) => document.getElementById(id)!.classList.contains("is-active"), step.id),
      ).toBe(true);
    }
    await page.context().close();
  });

  it("animate between the states of a chart, and jump with reduced motion", async () => {
    const pairs = steps.flatMap((s, i) => {
      const next = steps[i + 1];
      return next && next.chapter === s.chapter && next.chart === s.chart && next.state !== s.state
        ? [[s, next]]
        : [];
    });
    expect(pairs.length, "no two consecutive steps show two states of one chart").toBeGreaterThan(0);
    const [from, to] = pairs[0]!;
    for (const motion of ["no-preference", "reduce"] as const) {
      const page = await openStory({ ...desktop, reducedMotion: motion });
      await scrollToStep(page, from!.id);
      await waitForChart(page, from!);
      // The first state's own transitions end before the switch, so only the switch's are counted.
      await page.waitForFunction(
        (chapter) =>
          document
            .querySelector(`scrolly-story[data-chapter="${chapter}"] story-chart:not([hidden]) svg`)!
            .getAnimations({ subtree: true }).length === 0,
        from!.chapter,
      );
      // Count the transitions the switch starts: transitionrun fires when one is created, so one
      // that is over by the time the test sees the new state still counts (on a busy machine the
      // 0.6 s transitions could end before the check, and a count of the running ones saw none).
      await page.evaluate((chapter) => {
        const w = window as unknown as { transitionsRun: number };
        w.transitionsRun = 0;
        document
          .querySelector(`scrolly-story[data-chapter="${chapter}"] story-chart:not([hidden]) svg`)!
          .addEventListener("transitionrun", () => w.transitionsRun++);
      }, from!.chapter);
      await scrollToStep(page, to!.id);
      await waitForChart(page, to!);
      const { started, running } = await page.evaluate(
        (chapter) => ({
          started: (window as unknown as { transitionsRun: number }).transitionsRun,
          running: document
            .querySelector(`scrolly-story[data-chapter="${chapter}"] story-chart:not([hidden]) svg`)!
            .getAnimations({ subtree: true }).length,
        }),
        to!.chapter,
      );
      if (motion === "reduce") {
        expect(started, "transitions started with reduced motion").toBe(0);
        expect(running, "transitions with reduced motion").toBe(0);
      } else expect(started, "no transition between states").toBeGreaterThan(0);
      await page.context().close();
    }
  });

  it("open their data behind “Show the data”, and pass axe", async () => {
    // bypassCSP lets the test inject axe-core; the page's own CSP is tested in story.test.ts.
    const page = await openStory({ ...desktop, bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    for (const step of firstStepOfEachChart()) {
      await scrollToStep(page, step.id);
      await waitForChart(page, step);
      const sel = `scrolly-story[data-chapter="${step.chapter}"] story-chart[data-chart="${step.chart}"]`;
      const table = page.locator(`${sel} .chart-data table`);
      expect(await table.isVisible()).toBe(false);
      await page.locator(`${sel} .chart-data summary`).click();
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await table.locator("tbody tr").count(), step.id).toBeGreaterThan(0);
      const violations = await page.evaluate(async (s) => {
        const axe = (
          window as unknown as { axe: { run: (el: Element) => Promise<{ violations: { id: string }[] }> } }
        ).axe;
        return (await axe.run(document.querySelector(s)!)).violations.map((v) => v.id);
      }, sel);
      expect(violations, step.id).toEqual([]);
      await page.locator(`${sel} .chart-data summary`).click();
    }
    await page.context().close();
  });

  // Issue 13: the story's HTML carries no chart; each chapter's come from its data page when near.
  it("are not in the story's HTML: a chapter's charts come from its data page when it comes near", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    expect(html).not.toContain("<story-chart");
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    await afterFrames(page);
    const last = steps.at(-1)!;
    expect(requested).not.toContain(`/data/${last.chapter}/`);
    await scrollToStep(page, last.id);
    await waitForChart(page, last);
    expect(requested).toContain(`/data/${last.chapter}/`);
    // The data page's tables open, the story's stay closed; links into the story stay in the page.
    const sel = `scrolly-story[data-chapter="${last.chapter}"] story-chart[data-chart="${last.chart}"]`;
    expect(await page.$$eval(`${sel} details[open]`, (els) => els.length)).toBe(0);
    const hrefs = await page.$$eval(`${sel} a[href*="#"]`, (els) => els.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) expect(href).toMatch(/^#/);
    await context.close();
  });

  it("clean up when removed: no errors, and the static image comes back", async () => {
    const page = await openStory(desktop);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const step = steps[0]!;
    await scrollToStep(page, step.id);
    await waitForChart(page, step);
    const live = await page.evaluate((id) => {
      const story = document.getElementById(id)!.closest("scrolly-story")!;
      const graphic = story.querySelector<HTMLElement>(".scrolly__graphic")!;
      for (const el of graphic.querySelectorAll("story-chart")) el.remove();
      window.dispatchEvent(new Event("resize"));
      story.dispatchEvent(new CustomEvent("stepchange", { detail: { id, kind: "chart" }, bubbles: true }));
      return graphic.dataset.live ?? "";
    }, step.id);
    // Two frames and a task later, whatever the events set off has run (and thrown, if it would).
    await afterFrames(page);
    expect(live.split(" ")).not.toContain("chart");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("show each chart step's static SVG without JavaScript", async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(steps.length, "no chart steps in the story").toBeGreaterThan(0);
    for (const step of steps) {
      const img = page.locator(`[id="${step.id}"] .step__figure img`);
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
        .toBe(true);
      expect(await img.getAttribute("alt")).toMatch(/.{20,}/);
    }
    await context.close();
  });
});

describe("the charts on the chapters' data pages", () => {
  /** Every data page a chart step links to, in both editions (found in the stories, not listed). */
  async function dataPages(): Promise<string[]> {
    const page = await browser.newPage();
    const found = new Set<string>();
    for (const story of ["/", "/fr/"]) {
      await page.goto(`${baseUrl}${story}`);
      const hrefs = await page.$$eval(".step[data-kind=chart] a[href]", (els) =>
        els
          .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
          .filter((p) => /\/data\/[^/]+\/$/.test(p)),
      );
      for (const h of hrefs) found.add(h);
    }
    await page.close();
    return [...found];
  }

  // Issue 13: a data page's plot took the sticky graphic's height (60vh), so a short chart was laid
  // out in a tall box (a 180 px blank band under the event toll on a phone), and the build-time SVG
  // (360 units wide) was scaled up to the page's column before JavaScript drew it (20 px text).
  // Each chart is checked as drawn live, and without JavaScript (the build-time SVG).
  it(
    "lay each chart out at the width it is shown at: text at 12 to 16 px, no tall blank band under the marks",
    { timeout: 120_000 },
    async () => {
      const pages = await dataPages();
      expect(pages.length, "no data pages linked from the chart steps").toBeGreaterThan(1);
      expect(
        pages.some((p) => p.startsWith("/fr/")),
        "no French data pages",
      ).toBe(true);
      for (const javaScriptEnabled of [true, false]) {
        for (const viewport of [phone.viewport!, desktop.viewport!]) {
          const context = await browser.newContext({ viewport, javaScriptEnabled });
          const page = await context.newPage();
          for (const path of pages) {
            await page.goto(`${baseUrl}${path}`);
            const count = await page.locator("story-chart").count();
            expect(count, path).toBeGreaterThan(0);
            if (javaScriptEnabled) {
              for (let i = 0; i < count; i++) {
                const chart = page.locator("story-chart").nth(i);
                await chart.scrollIntoViewIfNeeded();
                // Drawn live for the box it is shown in.
                await page.waitForFunction(
                  (el) => {
                    const plot = el!.querySelector<HTMLElement>(".chart__plot")!;
                    return (
                      el!.hasAttribute("data-ready") &&
                      el!.querySelector("svg")!.getAttribute("viewBox") ===
                        `0 0 ${Math.floor(plot.clientWidth)} ${Math.floor(plot.clientHeight)}`
                    );
                  },
                  await chart.elementHandle(),
                  { timeout: 10_000 },
                );
              }
            }
            const problems = await page.$$eval("story-chart", (charts) =>
              charts.flatMap((chart) => {
                const name = chart.getAttribute("data-chart");
                const svg = chart.querySelector("svg")!;
                const box = svg.getBoundingClientRect();
                const vb = svg.viewBox.baseVal;
                // preserveAspectRatio "meet": the SVG is drawn at the smaller of the two scales.
                const scale = Math.min(box.width / vb.width, box.height / vb.height);
                const out: string[] = [];
                let bottom = -Infinity;
                for (const mark of svg.querySelectorAll(".chart__marks > :not(.is-off)")) {
                  const r = mark.getBoundingClientRect();
                  if (r.width > 0 || r.height > 0) bottom = Math.max(bottom, r.bottom);
                }
                const band = box.bottom - bottom;
                if (band > 48) out.push(`${name}: ${Math.round(band)} px blank under its marks`);
                for (const t of svg.querySelectorAll<SVGTextElement>(".chart__marks text:not(.is-off)")) {
                  if (!t.textContent?.trim()) continue;
                  const size = parseFloat(getComputedStyle(t).fontSize) * scale;
                  if (size < 12 || size > 16)
                    out.push(`${name}: "${t.textContent}" at ${size.toFixed(1)} px`);
                }
                return out;
              }),
            );
            expect
              .soft(
                problems,
                `${path} at ${viewport.width} px, JavaScript ${javaScriptEnabled ? "on" : "off"}`,
              )
              .toEqual([]);
          }
          await context.close();
        }
      }
    },
  );
});
