import { describe, expect, it } from "vitest";
import { medianRun, type LighthouseRun } from "../../../bench/lighthouse.ts";
import { checkTargets, type TargetResult } from "../../../bench/report.ts";
import { budgets, lazyBudgetFor, waiverFor } from "./budgets.ts";

describe("lazyBudgetFor()", () => {
  it("gives the Mapbox renderer (token only) its own budget, with the reason, and other chunks the default", () => {
    expect(lazyBudgetFor("/_astro/mapboxRenderer.DjTU0hc4.js").why).toMatch(/PUBLIC_MAPBOX_TOKEN/);
    expect(lazyBudgetFor("/_astro/maplibreRenderer.CR0_JffW.js")).toEqual({ budget: budgets.lazyChunk });
  });
});

describe("medianRun()", () => {
  const run = (performance: number, lcp: number, script: number): LighthouseRun => ({
    scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
    lcp,
    tbt: 0,
    cls: 0,
    fcp: 0,
    transfer: { script },
    jsExecutedBytes: 0,
    failing: performance < 95 ? ["performance: total-blocking-time"] : [],
  });

  it("takes each figure's median on its own, so one slow run does not move the result", () => {
    const m = medianRun([run(99, 900, 10), run(80, 3000, 12), run(97, 1000, 11)]);
    expect(m.scores.performance).toBe(97);
    expect(m.lcp).toBe(1000);
    expect(m.transfer.script).toBe(11);
    expect(m.failing).toEqual(["performance: total-blocking-time"]);
  });
});

describe("waiverFor()", () => {
  const table = { "first-view /embed/map-*": "maps load at once", "anchors /": "links without href" };

  it("matches a waiver's page pattern, and nothing else", () => {
    expect(waiverFor("first-view /embed/map-kandadji-attack/", table)).toBe("maps load at once");
    expect(waiverFor("first-view /embed/chart-timeline/", table)).toBeUndefined();
    expect(waiverFor("anchors /", table)).toBe("links without href");
    expect(waiverFor("anchors /teach/", table)).toBeUndefined();
  });
});

describe("checkTargets()", () => {
  const run = (lcp: number): LighthouseRun => ({
    scores: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100 },
    lcp,
    tbt: 0,
    cls: 0,
    fcp: lcp,
    transfer: { total: 1000 },
    jsExecutedBytes: 0,
    failing: [],
  });
  const page = (name: string, role: TargetResult["role"], lcp: Record<string, number>): TargetResult => ({
    name,
    url: `http://localhost${name}`,
    role,
    lighthouse: Object.fromEntries(
      Object.entries(lcp).map(([profile, ms]) => [profile, { median: run(ms), runs: [run(ms)] }]),
    ),
  });
  const results = [
    page("/", "story", { mobile: 1500, "mobile-applied": 2200 }),
    page("floor of /", "floor", { mobile: 1000, "mobile-applied": 2000 }),
    page("/fr/", "edition", { mobile: 1500, "mobile-applied": 2400 }),
  ];
  const checks = checkTargets(results);
  const find = (page: string, what: string) => checks.find((c) => c.page === page && c.what === what);

  it("holds the story to its floor where the throttling is applied (the document streams)", () => {
    expect(find("/", "LCP ÷ floor (mobile, applied)")).toMatchObject({
      value: "1.10 (2.20 s ÷ 2.00 s)",
      pass: true,
    });
    expect(find("/", "LCP ÷ floor (mobile, applied)")?.info).toBeUndefined();
  });

  it("reports the simulated ratio (Lantern waits for the whole document) beside it, neither pass nor FAIL", () => {
    expect(find("/", "LCP ÷ floor (mobile, simulated)")).toMatchObject({
      value: "1.50 (1.50 s ÷ 1.00 s)",
      info: true,
    });
  });

  it("holds the French edition to / on the applied runs and reports the simulated ones", () => {
    expect(find("/fr/", "LCP ÷ / (mobile, applied)")).toMatchObject({
      value: "1.09 (2.40 s ÷ 2.20 s)",
      pass: false,
    });
    expect(find("/fr/", "LCP ÷ / (mobile, applied)")?.info).toBeUndefined();
    expect(find("/fr/", "LCP ÷ / (mobile, simulated)")).toMatchObject({ info: true });
  });
});
