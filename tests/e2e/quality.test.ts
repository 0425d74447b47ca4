// Quality gates on the built site (dist/), as deployed: size budgets, valid HTML, no broken links,
// security headers and policies, no request to another origin, and axe on every page in both
// colour schemes. Pages are found in dist, so new ones (embeds, /teach/) are checked when built.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { budgets, kb, lazyBudgetFor, waiverFor } from "../unit/quality/budgets.ts";
import { anchorsWithoutHref, brokenLinks } from "../unit/quality/brokenLinks.ts";
import {
  classifyChunks,
  fileForUrl,
  firstLoad,
  firstLoadJs,
  gzipSize,
  listPages,
  openingBytes,
  precacheUrls,
  type BuiltPage,
} from "../unit/quality/builtSite.ts";
import { frameAncestors, headersFor, parseCsp, parseHeadersFile } from "../unit/quality/securityHeaders.ts";
import { launch, phone } from "./browser";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const baseUrl = inject("baseUrl");
const dist = path.resolve("dist");
const pages = listPages(dist);
const chunks = classifyChunks(dist, pages);
/** An embed page of any edition: /embed/… or /<tag>/embed/…. */
const isEmbed = (url: string) => /^\/([a-z]{2,3}(-[A-Z]{2})?\/)?embed\//.test(url);
const embedPages = pages.filter((p) => isEmbed(p.url));
/**
 * The pages visited in Chromium: every page of the default edition; of another edition (/<tag>/),
 * every page but its embeds after the gallery's first, which are the same templates with other
 * words (their HTML is still validated, link-checked and header-checked above). Keeps the added
 * browser time small.
 */
const otherEditionEmbed = (url: string) => /^\/[a-z]{2,3}(-[A-Z]{2})?\/embed\/./.test(url);
const firstOtherEmbed = new Set(
  [...new Set(pages.filter((p) => otherEditionEmbed(p.url)).map((p) => p.url.split("/")[1]))].map(
    (tag) => pages.find((p) => p.url.startsWith(`/${tag}/embed/`) && p.url !== `/${tag}/embed/`)!.url,
  ),
);
const visited = pages.filter((p) => !otherEditionEmbed(p.url) || firstOtherEmbed.has(p.url));
/** The built site's configured origin (astro.config.mjs `site`), as written in canonical links. */
const siteOrigin = process.env.SITE ?? "http://localhost:4321";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a built page in a new tab of `context`. A redirect page (meta refresh, e.g. the share page
 * of a chapter) is served without its refresh, so the page itself is what gets checked; the page
 * it leads to is checked on its own.
 */
async function open(
  context: BrowserContext,
  page: BuiltPage,
): Promise<{ tab: Page; quiet: () => Promise<void> }> {
  const url = `${baseUrl}${page.url}`;
  if (/<meta http-equiv="refresh"/i.test(page.html)) {
    await context.route(url, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: page.html.replace(/<meta http-equiv="refresh"[^>]*>/i, ""),
      }),
    );
  }
  const tab = await context.newPage();
  // Scrolling can start requests after the load (lazy graphics, the map library, its data): count
  // the requests in flight and wait for none, then two frames (so that observers that react to
  // the last response have run) and for no component saying data-state="loading".
  let inFlight = 0;
  let onIdle: (() => void)[] = [];
  const change = (d: number) => () => {
    inFlight = Math.max(0, inFlight + d);
    if (inFlight === 0) {
      for (const resolve of onIdle) resolve();
      onIdle = [];
    }
  };
  tab.on("request", change(1));
  tab.on("requestfinished", change(-1));
  tab.on("requestfailed", change(-1));
  const noneInFlight = () =>
    inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => onIdle.push(resolve));
  const settled = () =>
    tab.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(!document.querySelector('[data-state="loading"]'))),
          ),
        ),
    );
  const quiet = async () => {
    for (;;) {
      await noneInFlight();
      if ((await settled()) && inFlight === 0) break;
      await tab.waitForFunction(() => !document.querySelector('[data-state="loading"]'), undefined, {
        timeout: 30_000,
      });
    }
    if (await tab.$("scrolly-story")) {
      await tab.waitForSelector("scrolly-story[data-enhanced]", { state: "attached" });
    }
  };
  await tab.goto(url, { waitUntil: "networkidle" });
  await quiet();
  return { tab, quiet };
}

/** Scrolls to the bottom one screen at a time, so that everything loaded on the way loads. */
async function scrollThrough(tab: Page) {
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  const screen = tab.viewportSize()?.height ?? 800;
  for (let y = 0; y <= height; y += screen) {
    // Two frames after the scroll, the observers of what came into view have run.
    await tab.evaluate(
      (top) =>
        new Promise((resolve) => {
          window.scrollTo(0, top);
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
      y,
    );
  }
}

/** `it`, or `it.fails` for a check with a waiver in budgets.ts (the name then says why). */
function check(key: string) {
  const why = waiverFor(key);
  if (!why) return it;
  return (name: string, fn: () => void | Promise<void>) =>
    it.fails(`${name} [known defect, waived: ${why}]`, fn);
}

describe("the build", () => {
  it("has pages, among them the story at /", () => {
    expect(pages.map((p) => p.url)).toContain("/");
  });
});

describe("size budgets (gzipped)", () => {
  for (const page of pages) {
    it(`${page.url} runs at most ${kb(budgets.firstLoadJs)} of JavaScript before any interaction`, () => {
      const js = firstLoadJs(dist, page);
      expect(
        js.gzip,
        `first-load JS of ${page.url} is ${kb(js.gzip)} gzipped (budget ${kb(budgets.firstLoadJs)}): ${js.urls.join(", ")}`,
      ).toBeLessThanOrEqual(budgets.firstLoadJs);
    });

    check(`css ${page.url}`)(`${page.url} loads at most ${kb(budgets.firstLoadCss)} of CSS at first`, () => {
      const { styles, inlineStyles } = firstLoad(page.html);
      const sizes = styles.map((href) => [href, gzipSize(readFileSync(fileForUrl(dist, href)))] as const);
      const total = sizes.reduce((n, [, s]) => n + s, 0) + gzipSize(inlineStyles.join("\n"));
      expect(
        total,
        `first-load CSS of ${page.url} is ${kb(total)} gzipped (budget ${kb(budgets.firstLoadCss)}): ${sizes.map(([h, s]) => `${h} ${kb(s)}`).join(", ")}`,
      ).toBeLessThanOrEqual(budgets.firstLoadCss);
    });
  }

  const story = pages.find((p) => p.url === "/");
  // Every edition's story: / and the editions it names as its alternates (/fr/ was 42 KB when the
  // English was 37 KB: French runs longer, and its story was not checked).
  const editions = new Set(["/"]);
  for (const [, href] of story?.html.matchAll(
    /<link rel="alternate" hreflang="(?!x-default)[^"]+" href="([^"]+)"/g,
  ) ?? [])
    editions.add(new URL(href!).pathname);
  for (const url of editions) {
    check(`story-html ${url}`)(`the story's HTML (${url}) weighs at most ${kb(budgets.storyHtml)}`, () => {
      const page = pages.find((p) => p.url === url);
      expect(page, `no page ${url} in dist`).toBeDefined();
      const size = gzipSize(page!.html);
      expect(
        size,
        `dist${url}index.html is ${kb(size)} gzipped (budget ${kb(budgets.storyHtml)})`,
      ).toBeLessThanOrEqual(budgets.storyHtml);
    });
  }

  check("story-opening")(
    `the story's headline, dek and first chapter's opening come in its first ${kb(budgets.storyOpening)}`,
    () => {
      const bytes = openingBytes(story!.html);
      expect(bytes, "no step in the story").toBeDefined();
      expect(
        bytes,
        `the opening of the first chapter ends ${kb(bytes!)} (gzipped) into dist/index.html (budget ${kb(budgets.storyOpening)})`,
      ).toBeLessThanOrEqual(budgets.storyOpening);
    },
  );

  it(`keeps every first-load entry under ${kb(budgets.firstLoadEntry)}`, () => {
    const over = chunks
      .filter((c) => c.kind === "first-load" && c.gzip > budgets.firstLoadEntry)
      .map((c) => `${c.url} is ${kb(c.gzip)} gzipped (budget ${kb(budgets.firstLoadEntry)})`);
    expect(over).toEqual([]);
  });

  it(`keeps every lazily loaded chunk (map library and its adapter) under ${kb(budgets.lazyChunk)}, or its own budget`, () => {
    const over = chunks
      .filter((c) => c.kind === "lazy")
      .map((c) => ({ c, ...lazyBudgetFor(c.url) }))
      .filter(({ c, budget }) => c.gzip > budget)
      .map(
        ({ c, budget, why }) =>
          `${c.url} is ${kb(c.gzip)} gzipped (budget ${kb(budget)}${why ? `: ${why}` : ""}), imported by ${c.loadedBy.join(", ")}`,
      );
    expect(over).toEqual([]);
  });
});

const precache = precacheUrls(dist);
describe.runIf(precache !== undefined)("the service worker (dist/sw.js)", () => {
  check("sw-precache")(
    `precaches at most ${kb(budgets.serviceWorkerPrecache)} (gzipped) at the first visit, every file in the build`,
    () => {
      const missing = precache!.filter((u) => !existsSync(fileForUrl(dist, u)));
      expect(missing, "precached URLs with no file in dist").toEqual([]);
      const sizes = precache!
        .map((u) => [u, gzipSize(readFileSync(fileForUrl(dist, u)))] as const)
        .sort((a, b) => b[1] - a[1]);
      const total = sizes.reduce((n, [, s]) => n + s, 0);
      expect(
        total,
        `the service worker precaches ${precache!.length} files, ${kb(total)} gzipped (budget ${kb(budgets.serviceWorkerPrecache)}); largest: ${sizes
          .slice(0, 5)
          .map(([u, s]) => `${u} ${kb(s)}`)
          .join(", ")}`,
      ).toBeLessThanOrEqual(budgets.serviceWorkerPrecache);
    },
  );
});

describe("HTML validity (html-validate, rules in .htmlvalidate.json)", () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const page of pages) {
    check(`html ${page.url}`)(`${page.url} has no errors`, async () => {
      const report = await validator.validateFile(page.file);
      const errors = report.results.flatMap((r) =>
        r.messages
          .filter((m) => m.severity === 2)
          .map(
            (m) =>
              `${page.url} ${m.line}:${m.column} ${m.ruleId}: ${m.message} (${(m.selector ?? "").slice(-80)})`,
          ),
      );
      expect(errors).toEqual([]);
    });
  }
});

describe("links", () => {
  for (const page of pages) {
    check(`anchors ${page.url}`)(`${page.url} has no <a> without href (not focusable, not crawlable)`, () => {
      expect(anchorsWithoutHref(page.html)).toEqual([]);
    });
  }

  const broken = brokenLinks(dist, pages, siteOrigin);
  for (const page of pages) {
    check(`links ${page.url}`)(`${page.url} has no broken internal link or anchor`, () => {
      expect(
        broken.filter((b) => b.page === page.url).map((b) => `<${b.tag}> ${b.url}: ${b.problem}`),
      ).toEqual([]);
    });
  }
});

describe("security", () => {
  for (const page of pages) {
    it(`${page.url} has a Content Security Policy without 'unsafe-inline' scripts, with a hash for each inline script`, () => {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(page.html);
      expect(meta, `${page.url}: no CSP <meta>`).not.toBeNull();
      const csp = parseCsp(meta![1]!.replaceAll("&#39;", "'").replaceAll("&quot;", '"'));
      const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
      expect(scripts, `${page.url}: script-src`).not.toContain("'unsafe-inline'");
      expect(scripts, `${page.url}: script-src`).not.toContain("'unsafe-eval'");
      expect(
        scripts.some((s) => s === "*" || /^https?:$/.test(s)),
        `${page.url}: script-src allows any host`,
      ).toBe(false);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      for (const code of firstLoad(page.html).inlineScripts) {
        const hash = `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
        expect(
          scripts,
          `${page.url}: inline script "${code.slice(0, 60)}…" has no hash in script-src`,
        ).toContain(hash);
      }
    });
  }

  describe("the _headers file", () => {
    const file = path.join(dist, "_headers");
    const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : [];
    const policies = (url: string) =>
      (headersFor(rules, url).get("content-security-policy") ?? []).flatMap((v) => v.split(","));

    it("is in the build", () => {
      expect(existsSync(file), "dist/_headers missing (public/_headers)").toBe(true);
    });

    for (const page of pages.filter((p) => !isEmbed(p.url))) {
      it(`lets only the site itself frame ${page.url}, with nosniff and a referrer policy`, () => {
        const headers = headersFor(rules, page.url);
        expect(frameAncestors(policies(page.url)), page.url).toContainEqual(["'self'"]);
        for (const sources of frameAncestors(policies(page.url))) expect(sources).not.toContain("*");
        expect(headers.get("x-frame-options"), page.url).toEqual(["SAMEORIGIN"]);
        expect(headers.get("x-content-type-options"), page.url).toEqual(["nosniff"]);
        expect(headers.get("referrer-policy")?.length, page.url).toBe(1);
      });
    }

    // Embeds are meant to be framed by other sites: every policy they get must allow any ancestor,
    // and X-Frame-Options (which cannot say "anyone") must not be sent. Checked once embeds exist.
    it.runIf(embedPages.length > 0)("lets any site frame the /embed/ pages (frame-ancestors *)", () => {
      for (const page of embedPages) {
        const ancestors = frameAncestors(policies(page.url));
        expect(ancestors.length, `${page.url}: no frame-ancestors`).toBeGreaterThan(0);
        for (const sources of ancestors) expect(sources, page.url).toEqual(["*"]);
        expect(headersFor(rules, page.url).has("x-frame-options"), `${page.url}: X-Frame-Options`).toBe(
          false,
        );
      }
    });

    it("caches the hashed assets in /_astro/ as immutable", () => {
      for (const chunk of chunks) {
        const cache = headersFor(rules, chunk.url).get("cache-control") ?? [];
        expect(cache.join(", "), chunk.url).toMatch(/immutable/);
      }
    });
  });
});

interface Visit {
  /** Same-origin paths loaded before any interaction. */
  firstView: string[];
  /** Requests to another origin (aborted). */
  outside: string[];
  /** Content Security Policy violations reported by the page. */
  cspViolations: string[];
  /** axe-core violations, light and dark scheme. */
  axe: Record<"light" | "dark", { id: string; help: string; targets: string[] }[]>;
}

/**
 * One visit of a page on a phone, with its own CSP on and the service worker blocked (its
 * background precache is measured from sw.js): what the first view loads, then a scroll to the end
 * (other origins, CSP violations), then axe-core in the light and the dark scheme.
 */
async function visit(page: BuiltPage): Promise<Visit> {
  const context = await browser.newContext({ ...phone, serviceWorkers: "block" });
  const result: Visit = { firstView: [], outside: [], cspViolations: [], axe: { light: [], dark: [] } };
  try {
    await context.route(/.*/, (route) => {
      if (new URL(route.request().url()).origin === baseUrl) return route.fallback();
      result.outside.push(route.request().url());
      return route.abort();
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(
          `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    const loaded = new Set<string>();
    context.on("requestfinished", (r) => {
      const url = new URL(r.url());
      if (url.origin === baseUrl) loaded.add(url.pathname);
    });
    const { tab, quiet } = await open(context, page);
    result.firstView = [...loaded];
    await scrollThrough(tab);
    await quiet();
    result.cspViolations = await tab.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    // Evaluated through the DevTools protocol, axe-core needs no exception to the page's CSP.
    await tab.evaluate(axeSource);
    for (const scheme of ["light", "dark"] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      result.axe[scheme] = await tab.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const run = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"],
        });
        return run.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
    }
  } finally {
    await context.close();
  }
  return result;
}

/** Runs `task` on every item, `width` at a time. */
async function inPool<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

describe("every page in Chromium (phone)", () => {
  const visits = new Map<string, Visit | Error>();
  beforeAll(async () => {
    // Three pages at a time: most of a visit is waiting for the network to go quiet.
    await inPool(visited, 3, async (page) => {
      visits.set(page.url, await visit(page).catch((e: Error) => e));
    });
  }, 900_000);
  const visitOf = (url: string): Visit => {
    const v = visits.get(url);
    if (!v || v instanceof Error) throw new Error(`${url}: the visit failed: ${v?.message ?? "not visited"}`);
    return v;
  };

  for (const page of visited) {
    check(`first-view ${page.url}`)(
      `${page.url} loads at most ${kb(budgets.firstLoadTotal)} (gzipped) for the first view`,
      () => {
        const sizes = visitOf(page.url)
          .firstView.filter((u) => existsSync(fileForUrl(dist, u)))
          .map((u) => [u, gzipSize(readFileSync(fileForUrl(dist, u)))] as const)
          .sort((a, b) => b[1] - a[1]);
        const total = sizes.reduce((n, [, s]) => n + s, 0);
        expect(
          total,
          `first view of ${page.url} loads ${kb(total)} gzipped (budget ${kb(budgets.firstLoadTotal)}); largest: ${sizes
            .slice(0, 5)
            .map(([u, s]) => `${u} ${kb(s)}`)
            .join(", ")}`,
        ).toBeLessThanOrEqual(budgets.firstLoadTotal);
      },
    );

    it(`${page.url} makes no request to another origin, scrolled to the end`, () => {
      expect(visitOf(page.url).outside).toEqual([]);
    });

    it(`${page.url} breaks no Content Security Policy rule, scrolled to the end`, () => {
      expect(visitOf(page.url).cspViolations).toEqual([]);
    });

    for (const scheme of ["light", "dark"] as const) {
      check(`axe ${page.url}`)(`${page.url} has no axe-core violations (${scheme} scheme)`, () => {
        expect(visitOf(page.url).axe[scheme]).toEqual([]);
      });
    }
  }
});
