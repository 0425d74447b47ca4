import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { apa, citationText } from "../../src/story/citation";
import { readChapterFiles, termsInText } from "../../src/story/termUses";
import { desktop, launch, phone } from "./browser";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const baseUrl = inject("baseUrl");

// What the content says the pages must show.
const chapters = readChapterFiles("en").map(({ file, text }) => ({
  id: file.replace(/^.*\/\d{2}-/, "").replace(/\.mdx$/, ""),
  terms: termsInText(text).map((t) => t.id),
}));
const markedTerms = chapters.flatMap((c) => c.terms);
const glossaryIds = (
  JSON.parse(readFileSync("content/glossary.json", "utf8")) as { terms: { id: string }[] }
).terms.map((t) => t.id);
const eventIds = (
  JSON.parse(readFileSync("content/data/timeline.json", "utf8")) as { events: { id: string }[] }
).events.map((e) => e.id);
const teach = parseYaml(readFileSync("content/teach.mdx", "utf8").split(/^---$/m)[1]!) as {
  questions: Record<string, string[]>;
};
const story = JSON.parse(readFileSync("content/story.json", "utf8")) as {
  headline: string;
  project: string;
  published: string;
  updated: string;
};

/**
 * The date an APA citation gives: story.json's `updated` as "2026, November 30", written here
 * without the citation code so that the test checks it.
 */
const apaDate = (() => {
  const [year, month, day] = story.updated.split("-").map(Number) as [number, number, number];
  const name = new Date(Date.UTC(year, month - 1, day)).toLocaleString("en", {
    month: "long",
    timeZone: "UTC",
  });
  return `${year}, ${name} ${day}`;
})();

/** Whether the tooltip of a term is on screen. */
const tipVisible = (page: Page, id: string) => page.locator(`#term-tip-${id}`).isVisible();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function storyPage(
  options: Parameters<Browser["newContext"]>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => customElements.get("term-tip") !== undefined);
  return { context, page };
}

describe("glossary terms in the story", () => {
  it("marks every term at its first use, each linked to its glossary entry and described by its definition", async () => {
    const { context, page } = await storyPage(desktop);
    const found = await page.$$eval("term-tip", (els) =>
      els.map((el) => {
        const a = el.querySelector("a")!;
        const tip = document.getElementById(a.getAttribute("aria-describedby") ?? "");
        return {
          id: (el as HTMLElement).dataset.term,
          href: a.getAttribute("href"),
          tip: tip?.textContent ?? "",
        };
      }),
    );
    expect(found.map((t) => t.id)).toEqual(markedTerms);
    for (const t of found) {
      expect(t.href).toBe(`/glossary/#${t.id}`);
      expect(t.tip.length).toBeGreaterThan(30);
    }
    await context.close();
  });

  it("shows the definition when a term gets keyboard focus (Tab), and Esc hides it without moving focus", async () => {
    const { context, page } = await storyPage(desktop);
    // The Fact just before the first term ("…on July 26, 2023. At the same time, jihadist groups…").
    await page.locator('a.fact[href="#source-coup_2023"]').first().focus();
    expect(await tipVisible(page, "jihadism")).toBe(false);
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.activeElement?.closest("term-tip")?.getAttribute("data-term")),
    ).toBe("jihadism");
    expect(await tipVisible(page, "jihadism")).toBe(true);
    await page.keyboard.press("Escape");
    expect(await tipVisible(page, "jihadism")).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.closest("term-tip")?.getAttribute("data-term")),
    ).toBe("jihadism");
    // Leaving and coming back shows it again.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await tipVisible(page, "jihadism")).toBe(true);
    await context.close();
  });

  it("shows the definition on hover and keeps it while the pointer moves onto it (WCAG 1.4.13)", async () => {
    const { context, page } = await storyPage(desktop);
    const link = page.locator('term-tip[data-term="jnim"] a');
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    expect(await tipVisible(page, "jnim")).toBe(true);
    const box = (await page.locator("#term-tip-jnim").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4, { steps: 5 });
    expect(await tipVisible(page, "jnim")).toBe(true);
    await page.keyboard.press("Escape");
    expect(await tipVisible(page, "jnim")).toBe(false);
    // The tooltip stays inside the viewport.
    await page.mouse.move(0, 0);
    await link.hover();
    const tip = (await page.locator("#term-tip-jnim").boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(1280);
    await context.close();
  });

  it("opens the definition on tap without leaving the page; a tap elsewhere closes it; a second tap opens the entry", async () => {
    const { context, page } = await storyPage(phone);
    const link = page.locator('term-tip[data-term="jnim"] a');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    expect(await tipVisible(page, "jnim")).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/");
    const tip = (await page.locator("#term-tip-jnim").boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(390);

    await page
      .locator("#kandadji-who .step__card p")
      .first()
      .tap({ position: { x: 5, y: 5 } });
    expect(await tipVisible(page, "jnim")).toBe(false);

    await link.tap();
    expect(await tipVisible(page, "jnim")).toBe(true);
    await Promise.all([page.waitForURL(/\/glossary\/#jnim$/), link.tap()]);
    expect(await page.locator("#jnim").isVisible()).toBe(true);
    await context.close();
  });

  it("without JavaScript, each term is a plain link to its glossary entry, and every entry exists", async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const hrefs = await page.$$eval("term-tip a", (els) => els.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBe(markedTerms.length);
    const link = page.locator('term-tip[data-term="jnim"] a');
    await link.hover();
    expect(await tipVisible(page, "jnim")).toBe(false);
    await link.click();
    await page.waitForURL(/\/glossary\/#jnim$/);
    const ids = await page.$$eval(".glossary-list__entry[id]", (els) => els.map((e) => e.id));
    for (const href of hrefs) expect(ids).toContain(href.split("#")[1]);
    await context.close();
  });
});

describe("the printed story", () => {
  it("ends with a glossary of the terms it marks; tooltips do not print", async () => {
    const { context, page } = await storyPage(desktop);
    expect(await page.locator(".glossary-print").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".glossary-print").isVisible()).toBe(true);
    const printed = await page.$$eval(".glossary-print dfn", (els) => els.map((e) => e.textContent));
    expect(printed.length).toBe(markedTerms.length);
    const link = page.locator('term-tip[data-term="jnim"] a');
    await link.focus();
    expect(await tipVisible(page, "jnim")).toBe(false);
    await context.close();
  });
});

describe("the classroom pages", () => {
  it("links the teacher's guide, the glossary, the timeline, the handout and the embed gallery from the story's contents", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const links = await page.$$eval(".contents__pages a", (els) => els.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["/teach/", "/glossary/", "/timeline/", "/handout/", "/embed/"]);
    for (const href of links) {
      const res = await page.request.get(`${baseUrl}${href}`);
      expect(res.status()).toBe(200);
    }
    await page.close();
  });

  it("/teach/ has every chapter's questions, each set linked to its chapter", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/teach/`);
    const sets = await page.$$eval(".teach__chapter", (els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.chapter,
        href: el.querySelector("h3 a")?.getAttribute("href"),
        questions: [...el.querySelectorAll("li")].map((li) => li.textContent?.trim()),
      })),
    );
    expect(sets.map((s) => s.id)).toEqual(chapters.map((c) => c.id));
    for (const s of sets) {
      expect(s.href).toBe(`/#${s.id}`);
      expect(s.questions).toEqual(teach.questions[s.id!]);
    }
    // Every figure of the guide links to a source listed on the page.
    const factTargets = await page.$$eval("a.fact", (els) => els.map((a) => a.getAttribute("href")!));
    expect(factTargets.length).toBeGreaterThan(3);
    for (const href of factTargets) expect(await page.locator(href).count()).toBe(1);
    await page.close();
  });

  it("/teach/ explains presenting (every key), the handout and offline use, and links the handout", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/teach/`);
    const section = page.locator(".in-class");
    const keys = await section.locator("tbody th").allTextContents();
    for (const key of ["N", "B", "Esc"])
      expect(
        keys.some((k) =>
          k
            .split(/,| or /)
            .map((s) => s.trim())
            .includes(key),
        ),
      ).toBe(true);
    expect(await section.locator('a[href="/handout/"]').count()).toBe(1);
    expect(await page.locator('.classroom-nav a[href="/handout/"]').count()).toBe(1);
    await page.close();
  });

  it("/glossary/ lists every term, each linked to the chapter of its first use", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/glossary/`);
    const entries = await page.$$eval(".glossary-list__entry", (els) =>
      els.map((el) => ({
        id: el.id,
        chapter: el.querySelector(".glossary-list__meta a[href^='/#']")?.getAttribute("href"),
      })),
    );
    expect(entries.map((e) => e.id).sort()).toEqual([...glossaryIds].sort());
    for (const c of chapters) {
      for (const term of c.terms) expect(entries.find((e) => e.id === term)!.chapter).toBe(`/#${c.id}`);
    }
    await page.close();
  });

  it("/timeline/ shows every event with its date and sources, claims labelled, and filters by thread", async () => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/timeline/`);
    const events = await page.$$eval(".tl-event", (els) =>
      els.map((el) => ({
        id: el.id,
        date: el.querySelector("time")?.textContent,
        sources: el.querySelectorAll(".tl-event__sources a[href^='http']").length,
      })),
    );
    expect(events.map((e) => e.id).sort()).toEqual([...eventIds].sort());
    for (const e of events) expect(e.sources).toBeGreaterThan(0);
    expect(events.find((e) => e.id === "coup_2023")!.date).toBe("July 26, 2023");
    expect(await page.locator("#kandadji_attack .tl-claim").textContent()).toBe("army claim, unverified");

    await page.getByLabel("Attacks", { exact: true }).check();
    const shown = await page.$$eval(".tl-event:not([hidden])", (els) =>
      els.map((el) => (el as HTMLElement).dataset.category),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["attack"]));
    expect(await page.locator("timeline-filter [data-status]").textContent()).toBe(
      `${shown.length} of ${eventIds.length} events shown`,
    );
    await page.getByLabel("All threads").check();
    expect(await page.locator(".tl-event:not([hidden])").count()).toBe(eventIds.length);
    await context.close();
  });

  it("/timeline/ shows every event without JavaScript, and no filter", async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/timeline/`);
    expect(await page.locator(".tl-event").count()).toBe(eventIds.length);
    expect(await page.locator("timeline-filter").isVisible()).toBe(false);
    await context.close();
  });

  for (const path of ["/teach/", "/glossary/", "/timeline/", "/handout/"]) {
    it(`${path} has no horizontal overflow at 390 px and 1440 px`, async () => {
      for (const options of [phone, { viewport: { width: 1440, height: 900 } }]) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        await page.goto(`${baseUrl}${path}`);
        const w = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(w).toBeLessThanOrEqual(0);
        await context.close();
      }
    });
  }
});

describe("cite this story", () => {
  it("copies the exact APA citation", async () => {
    const context = await browser.newContext({
      ...desktop,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const button = page.getByRole("button", { name: "Copy the APA (7th edition) citation" });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.waitForSelector("#cite copy-text [data-done]", { state: "attached" });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const site = process.env.SITE ?? "http://localhost:4321";
    const expected = citationText(
      apa({
        title: story.headline,
        organisation: story.project,
        published: story.published,
        updated: story.updated,
        url: new URL(process.env.BASE ?? "/", site).href,
        accessedPlaceholder: "[date]",
        locale: "en",
        words: { accessed: "Accessed {date}", lastModified: "last modified {date}" },
        titleCase: true,
      }),
    );
    expect(copied).toBe(expected);
    expect(copied).toBe(
      `Niger explainer. (${apaDate}). Niger after the coup: The attacks, the departures and the pact. http://localhost:4321/`,
    );
    expect(await page.locator("#cite-apa + copy-text [data-status]").textContent()).toBe("Copied");
    await context.close();
  });

  it("is on the teacher's guide too, and without JavaScript the citations are text with no button", async () => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/teach/`);
    expect(await page.locator("#cite-apa").textContent()).toContain(`Niger explainer. (${apaDate}).`);
    expect(await page.getByRole("button", { name: /Copy/ }).count()).toBe(0);
    await context.close();
  });
});

describe("accessibility of the classroom pages", () => {
  for (const path of ["/teach/", "/glossary/", "/timeline/", "/handout/"]) {
    for (const scheme of ["light", "dark"] as const) {
      it(`${path} has no axe-core violations (${scheme} scheme)`, async () => {
        // bypassCSP lets the test inject axe-core; the page's own CSP is tested elsewhere.
        const page = await browser.newPage({
          viewport: { width: 1280, height: 800 },
          colorScheme: scheme,
          bypassCSP: true,
        });
        await page.goto(`${baseUrl}${path}`);
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
  }
});
