import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, phone } from "./browser";

const baseUrl = inject("baseUrl");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const strings = JSON.parse(readFileSync("content/i18n/en.json", "utf8")) as Record<string, string>;

/** Where the top of a step's card sits while the step is read: a share of the screen height. */
const READING_POSITIONS = [0.3, 0.5, 0.7];

type Label = { id: string; lngLat: [number, number] };

interface ChapterSteps {
  chapter: string;
  steps: { id: string; places: string[]; labels: Label[] }[];
}

/**
 * The map steps of the built page, per chapter, from each <story-map>'s JSON config: the story
 * fetches it from data-config (an embed inlines it).
 */
function mapChapters(page: Page): Promise<ChapterSteps[]> {
  return page.$$eval("story-map", (els) =>
    Promise.all(
      els.map(async (el) => {
        const inline = el.querySelector("script.story-map__config")?.textContent;
        const c = JSON.parse(inline ?? (await (await fetch((el as HTMLElement).dataset.config!)).text())) as {
          chapter: string;
          steps: { id: string; places: string[]; labels: Label[] }[];
        };
        return {
          chapter: c.chapter,
          steps: c.steps.map((s) => ({ id: s.id, places: s.places, labels: s.labels })),
        };
      }),
    ),
  );
}

/**
 * Scrolls so that the top of a step's card is at `share` of the screen height, then waits until
 * the story has made it the active step and the chapter's live map has settled its camera on it.
 */
async function readStepAt(page: Page, chapter: string, id: string, share: number) {
  await page.evaluate(
    ([stepId, k]) => {
      const card = document.getElementById(stepId)!.querySelector(".step__card")!;
      const top = card.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * k);
    },
    [id, share] as const,
  );
  try {
    await page.waitForFunction(
      ([c, s]) => {
        const story = document.querySelector<HTMLElement>(`scrolly-story[data-chapter="${c}"]`);
        const map = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`);
        return (
          story?.dataset.activeStep === s &&
          map?.dataset.state === "ready" &&
          map.dataset.step === s &&
          map.dataset.settled === "true"
        );
      },
      [chapter, id],
      { timeout: 40_000 },
    );
  } catch (e) {
    const state = await page.evaluate((c) => {
      const story = document.querySelector<HTMLElement>(`scrolly-story[data-chapter="${c}"]`);
      const map = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`);
      return JSON.stringify({ active: story?.dataset.activeStep, ...map?.dataset });
    }, chapter);
    throw new Error(`step ${id} with its card at ${share * 100}%: ${state}`, { cause: e });
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What hides a labelled place while its step is read: for each place, its projected point and
 * its label box in the viewport, and the boxes of the step cards on screen and of the legend.
 */
function placesOnScreen(page: Page, chapter: string, step: ChapterSteps["steps"][number]) {
  return page.evaluate(
    ([c, step]) => {
      const el = document.querySelector<HTMLElement>(`story-map[data-chapter="${c}"]`)! as HTMLElement & {
        projectPoint(lngLat: [number, number]): { x: number; y: number } | null;
      };
      const map = el.querySelector(".story-map__map")!.getBoundingClientRect();
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const legend = el.querySelector<HTMLElement>(".story-map__legend")!;
      return {
        // The step's card, and the one before or after it where it reaches the screen.
        cards: [...document.querySelectorAll(".step__card")]
          .map((c) => box(c.getBoundingClientRect()))
          .filter((b) => b.bottom > 0 && b.top < window.innerHeight),
        legend: legend.hidden ? null : box(legend.getBoundingClientRect()),
        viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
        places: step.places.map((place) => {
          const lngLat = step.labels.find((l) => l.id === place)!.lngLat;
          const p = el.projectPoint(lngLat)!;
          const label = el.querySelector<HTMLElement>(`.sm-label[data-id="${place}"]`);
          return {
            place,
            point: { x: map.left + p.x, y: map.top + p.y },
            label: label?.classList.contains("is-visible") ? box(label.getBoundingClientRect()) : null,
          };
        }),
      };
    },
    [chapter, step] as const,
  );
}

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
const contains = (outer: Box, b: Box) =>
  b.left >= outer.left && b.right <= outer.right && b.top >= outer.top && b.bottom <= outer.bottom;
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Issue 13: on a phone, places a step labels sat under the step's card or the legend, or off
// screen, while the reader read that step.
describe("on a phone, the live map never hides a place the step labels", () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ]) {
    it(`keeps every labelled place and its label on screen, clear of the card and the legend, at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser.newContext({ ...phone, viewport, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      const problems: string[] = [];
      let checked = 0;
      for (const { chapter, steps } of await mapChapters(page)) {
        for (const step of steps) {
          for (const share of READING_POSITIONS) {
            await readStepAt(page, chapter, step.id, share);
            const s = await placesOnScreen(page, chapter, step);
            for (const { place, point, label } of s.places) {
              const where = `${step.id} (card at ${share * 100}%): ${place}`;
              checked++;
              if (!inside(point, s.viewport)) problems.push(`${where} is off screen`);
              if (s.cards.some((c) => inside(point, c))) problems.push(`${where} is under a card`);
              if (s.legend && inside(point, s.legend)) problems.push(`${where} is under the legend`);
              if (!label) {
                problems.push(`${where} has no label shown`);
                continue;
              }
              if (!contains(s.viewport, label)) problems.push(`${where}: its label is cut off`);
              if (s.cards.some((c) => overlaps(label, c)))
                problems.push(`${where}: its label is under a card`);
              if (s.legend && overlaps(label, s.legend))
                problems.push(`${where}: its label is under the legend`);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it("shows the legend as a compact key that opens on demand, with the keyboard too, and passes axe", async () => {
    // bypassCSP lets the test inject axe-core; the page's own CSP is tested in story.test.ts.
    // Full motion. (Reduced motion once gave every element a 0.01 ms transition, which headless
    // Chromium could leave pending on the map's change to visible; it now has no transitions.)
    const context = await browser.newContext({ ...phone, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.addScriptTag({ content: axeSource });
    const axe = (sel: string) =>
      page.evaluate(async (s) => {
        const run = (
          window as unknown as { axe: { run: (el: Element) => Promise<{ violations: { id: string }[] }> } }
        ).axe.run;
        return (await run(document.querySelector(s)!)).violations.map((v) => v.id);
      }, sel);
    const [first] = await mapChapters(page);
    const step = first!.steps[0]!;
    await readStepAt(page, first!.chapter, step.id, 0.5);
    const key = page.locator(`story-map[data-chapter="${first!.chapter}"] .sm-legend__toggle`);
    const panel = page.locator(`story-map[data-chapter="${first!.chapter}"] .sm-legend__panel`);
    expect(await key.getAttribute("aria-expanded")).toBe("false");
    expect(await key.evaluate((b) => b.textContent!.trim())).toBe(strings["map.legendKey"]);
    expect(await panel.isVisible()).toBe(false);
    // The key fits in one line at the top of the map: the map is the places', not the legend's.
    const box = (await key.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(44);
    await key.focus();
    await page.keyboard.press("Enter");
    expect(await key.getAttribute("aria-expanded")).toBe("true");
    expect(await panel.isVisible()).toBe(true);
    expect(await key.getAttribute("aria-controls")).toBe(await panel.getAttribute("id"));
    const legend = `story-map[data-chapter="${first!.chapter}"] .story-map__legend`;
    expect(await axe(legend)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await key.getAttribute("aria-expanded")).toBe("false");
    expect(await panel.isVisible()).toBe(false);
    expect(await key.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await axe(legend)).toEqual([]);
    await context.close();
  });
});
