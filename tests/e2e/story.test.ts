import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { desktop, launch, phone, resize } from "./browser";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const baseUrl = inject("baseUrl");

// What the content says the page must contain: chapters in file order, steps in text order.
const chapterFiles = readdirSync("content/chapters")
  .filter((f) => f.endsWith(".mdx"))
  .sort();
const chapters = chapterFiles.map((file) => {
  const text = readFileSync(path.join("content/chapters", file), "utf8");
  return {
    id: file.replace(/^\d{2}-/, "").replace(/\.mdx$/, ""),
    steps: [...text.matchAll(/<Step\s+id="([^"]+)"/g)].map((m) => m[1]!),
  };
});
const allSteps = chapters.flatMap((c) => c.steps);

/** Scrolls so that a step's top sits just above the trigger line, as a reader would. */
async function scrollToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    const top = el.querySelector(".step__card")!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.45);
  }, id);
}

async function activeState(page: Page, chapterId: string) {
  return page.evaluate((cid) => {
    const el = document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement;
    const graphic = el.querySelector(".scrolly__graphic") as HTMLElement;
    return { active: el.dataset.activeStep, graphic: graphic.dataset.step };
  }, chapterId);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the story page", () => {
  it("has every chapter, in order, each with a headline and its steps", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const found = await page.$$eval("section.chapter", (els) =>
      els.map((s) => ({
        id: s.id,
        title: s.querySelector("h2")?.textContent?.trim() ?? "",
        steps: [...s.querySelectorAll(".step[data-step]")].map((x) => x.id),
      })),
    );
    expect(found.map((c) => c.id)).toEqual(chapters.map((c) => c.id));
    expect(found.map((c) => c.steps)).toEqual(chapters.map((c) => c.steps));
    expect(found.every((c) => c.title.length > 3)).toBe(true);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.close();
  });

  for (const [name, options] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    it(`activates every step in order when scrolling down (${name}), and the graphic shows that step`, async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
      for (const chapter of chapters) {
        for (const id of chapter.steps) {
          await scrollToStep(page, id);
          await page.waitForFunction(
            ([cid, sid]) =>
              (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement)?.dataset
                .activeStep === sid,
            [chapter.id, id],
          );
          expect(await activeState(page, chapter.id)).toEqual({ active: id, graphic: id });
        }
      }
      // The static image of the last step is what the graphic shows once it has loaded.
      const last = chapters.at(-1)!;
      await page.waitForFunction(
        ([cid, sid]) =>
          document
            .querySelector(`scrolly-story[data-chapter="${cid}"] .scrolly__img`)
            ?.getAttribute("src")
            ?.endsWith(`/graphics/${sid}.svg`),
        [last.id, last.steps.at(-1)!],
      );
      await context.close();
      // One wait on state per step of the whole story: close to a minute on a loaded 2-core
      // machine (58 s measured), so more than the 60 s default, like the map's walk through its steps.
    }, 180_000);
  }

  it("jumps straight to the right state, whatever the path (reload mid-page, jump back)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    const target = chapters[Math.floor(chapters.length / 2)]!;
    const step = target.steps.at(-1)!;
    await scrollToStep(page, step);
    await page.reload();
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    await page.waitForFunction(
      ([cid, sid]) =>
        (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement)?.dataset
          .activeStep === sid,
      [target.id, step],
    );
    // A long jump back up, skipping every step in between.
    const first = chapters[0]!;
    await scrollToStep(page, first.steps[0]!);
    await page.waitForFunction(
      ([cid, sid]) =>
        (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement)?.dataset
          .activeStep === sid,
      [first.id, first.steps[0]!],
    );
    expect(await activeState(page, first.id)).toEqual({ active: first.steps[0], graphic: first.steps[0] });
    await page.close();
  });

  it("opens a deep link to a chapter on that chapter with its first state", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const target = chapters.at(-1)!;
    await page.goto(`${baseUrl}/#${target.id}`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      target.id,
    );
    expect(Math.abs(top)).toBeLessThan(5);
    expect(await activeState(page, target.id)).toEqual({ active: target.steps[0], graphic: target.steps[0] });
    await page.close();
  });

  it("can be read by keyboard: tabbing into a step brings it into view and activates it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    // The first link inside a step's text (a sourced figure) is reachable with Tab.
    const stepWithLink = await page.$$eval(
      ".step",
      (els) => els.find((e) => e.querySelector(".step__card a"))?.id,
    );
    expect(stepWithLink).toBeTruthy();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const inStep = await page.evaluate(() => document.activeElement?.closest(".step")?.id ?? null);
      if (inStep === stepWithLink) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest(".step")?.id)).toBe(stepWithLink);
    const chapterId = await page.evaluate(
      (id) => (document.getElementById(id)!.closest("scrolly-story") as HTMLElement).dataset.chapter!,
      stepWithLink!,
    );
    await page.waitForFunction(
      ([cid, sid]) =>
        (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement).dataset.activeStep ===
        sid,
      [chapterId, stepWithLink!],
    );
    await page.close();
  });

  it("reads as a plain article without JavaScript, every step with its static graphic", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const graphics: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/graphics/") && r.ok()) graphics.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl}/`);
    const figures = await page.$$eval(".step", (els) =>
      els.map((e) => {
        const img = e.querySelector(".step__figure img") as HTMLImageElement;
        const style = getComputedStyle(e.querySelector(".step__figure")!);
        return {
          id: e.id,
          visible: style.display !== "none",
          alt: img.alt,
          text: e.textContent!.trim().length,
        };
      }),
    );
    expect(figures.map((f) => f.id)).toEqual(allSteps);
    for (const f of figures) {
      expect(f.visible, f.id).toBe(true);
      expect(f.alt.length, f.id).toBeGreaterThan(20);
      expect(f.text, f.id).toBeGreaterThan(20);
    }
    expect(await page.isVisible(".scrolly__graphic")).toBe(false);
    // Scroll to the end: every lazy static graphic loads.
    for (const id of allSteps) {
      // Without JavaScript there is no frame callback to wait on: wait for the graphic's response.
      const url = `/graphics/${id}.svg`;
      const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === url);
      await page.evaluate((s) => document.getElementById(s)!.scrollIntoView(), id);
      if (graphics.includes(url)) loaded.catch(() => undefined);
      else await loaded;
    }
    await page.waitForLoadState("networkidle");
    for (const id of allSteps) expect(graphics).toContain(`/graphics/${id}.svg`);
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core violations (${scheme} scheme)`, async () => {
      // bypassCSP lets the test inject axe-core; the page's own CSP is tested elsewhere.
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        colorScheme: scheme,
        bypassCSP: true,
      });
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"],
        });
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it("has no horizontal overflow at 390 px", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  // Every element of the graphic, not only its image: a page-wide 0.01 ms duration made every
  // property transition, visibility too (the live map and charts show by a change of visibility).
  it("respects reduced motion: no transitions on the graphic", async () => {
    const page = await browser.newPage({ reducedMotion: "reduce" });
    await page.goto(`${baseUrl}/`);
    const { checked, moving } = await page.$$eval(".scrolly__graphic, .scrolly__graphic *", (els) => ({
      checked: els.length,
      moving: els.flatMap((el) => {
        const style = getComputedStyle(el);
        const durations = `${style.transitionDuration}, ${style.animationDuration}`.split(",");
        return durations.some((d) => parseFloat(d) > 0) || style.animationName !== "none"
          ? [`${el.tagName.toLowerCase()}.${el.classList[0] ?? ""}`]
          : [];
      }),
    }));
    expect(checked, "no graphic in the story").toBeGreaterThan(0);
    expect([...new Set(moving)]).toEqual([]);
    await page.close();
  });
});

describe("after a resize", () => {
  it("still shows the step at the trigger line when the reader scrolls back (a phone turned)", async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    const chapter = chapters.find((c) => c.steps.length >= 3)!;
    const [a, b] = [chapter.steps[1]!, chapter.steps[2]!];
    await scrollToStep(page, b);
    await page.waitForFunction(
      ([cid, sid]) =>
        (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement).dataset.activeStep ===
        sid,
      [chapter.id, b],
    );
    for (const width of [768, 390]) {
      await resize(page, { width, height: 800 });
      await scrollToStep(page, a);
      await scrollToStep(page, b);
      await page.waitForFunction(
        ([cid, sid]) =>
          (document.querySelector(`scrolly-story[data-chapter="${cid}"]`) as HTMLElement).dataset
            .activeStep === sid,
        [chapter.id, b],
      );
    }
    await page.close();
  });
});
