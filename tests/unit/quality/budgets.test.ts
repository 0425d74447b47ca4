import { describe, expect, it } from "vitest";
import { medianRun, type LighthouseRun } from "../../../bench/lighthouse.ts";
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
