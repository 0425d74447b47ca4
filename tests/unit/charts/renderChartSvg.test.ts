import { describe, expect, it } from "vitest";
import type { ChartView } from "../../../src/charts/chartKind";
import { renderChartSvg as renderFigure, STANDALONE_WIDTH } from "../../../src/charts/renderChartSvg";
import type { Mark } from "../../../src/charts/marks";
import { renderMarks } from "../../../src/charts/renderMarks";
import { loadStrings } from "../../../src/i18n/strings";
import { chartSpecs, chartSvg, chartSvgSize } from "../../../src/story/storyCharts";

const strings = loadStrings("en");
const views = [...chartSpecs()].flatMap(([id, spec]) =>
  Object.keys(spec.states).map((state) => ({ id, state })),
);
const renderChartSvg = (view: ChartView, opts: { description: string }) =>
  chartSvg(view, { locale: "en", strings, ...opts });
const chartSize = (view: ChartView) => chartSvgSize(view, strings, "en");

describe("renderMarks()", () => {
  it.each<[Mark, string]>([
    [
      { type: "rect", key: "b", cls: "bar", x: 1, y: 2, width: 3, height: 4 },
      '<rect data-key="b" class="bar" x="1" y="2" width="3" height="4"/>',
    ],
    [
      { type: "circle", key: "c", cls: "dot", cx: 1, cy: 2, r: 3, off: true },
      '<circle data-key="c" class="dot is-off" cx="1" cy="2" r="3"/>',
    ],
    [{ type: "path", key: "p", cls: "axis", d: "M0,0H10" }, '<path data-key="p" class="axis" d="M0,0H10"/>'],
    [
      {
        type: "text",
        key: "t",
        cls: "label",
        x: 5,
        y: 6,
        lines: ["a < b", "c"],
        anchor: "end",
        lineHeight: 18,
      },
      '<text data-key="t" class="label" transform="translate(5,6)" text-anchor="end"><tspan x="0">a &lt; b</tspan><tspan x="0" dy="18">c</tspan></text>',
    ],
  ])("draws %o", (mark, svg) => {
    expect(renderMarks([mark])).toBe(svg);
  });

  it("gives a mark with a tooltip its text and the point it refers to", () => {
    const svg = renderMarks([
      { type: "rect", key: "b", cls: "bar", x: 10, y: 20, width: 4, height: 5, tip: 'A "b"' },
    ]);
    expect(svg).toContain('data-tip="A &quot;b&quot;" data-tx="12" data-ty="20"');
  });
});

describe("renderChartSvg()", () => {
  it.each(views)(
    "renders $id ($state) as a standalone SVG with its title, description and both schemes",
    (view) => {
      const svg = renderChartSvg(view, { description: "What the step shows, in words." });
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart-svg" viewBox="0 0 \d+ \d+"/,
      );
      expect(svg).toContain('role="img" aria-labelledby="t d"');
      expect(svg).toMatch(
        /<title id="t">[^<]{10,}<\/title><desc id="d">What the step shows, in words\.<\/desc>/,
      );
      expect(svg).toMatch(/@media \(prefers-color-scheme: ?dark\)/);
      expect(svg).toContain(`data-state="${view.state}"`);
      const { width, height } = chartSize(view);
      expect(svg).toContain(`width="${width}" height="${height}"`);
    },
  );

  it("sets no text under 13 px, so none is under 12 px on a 390 px phone (about 358 px of image)", () => {
    const svg = renderChartSvg({ id: "monthly-deaths", state: "all" }, { description: "" });
    const sizes = [...svg.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes) * (358 / STANDALONE_WIDTH)).toBeGreaterThanOrEqual(12);
  });

  it("falls back on the chart's own description of the state when the step gives none", () => {
    const svg = renderChartSvg({ id: "kandadji-toll", state: "claim" }, { description: "" });
    expect(svg).toMatch(
      /<desc id="d">12 dots, one for each soldier killed at Kandadji[^<]*hollow dashed dots/,
    );
  });

  it.each(views)("keeps $id ($state) as wide as the phone-sized image", (view) => {
    expect(chartSize(view).width).toBe(STANDALONE_WIDTH);
  });
});

describe("renderChartSvg() on its own", () => {
  // Strings that echo their keys: no content/i18n needed.
  const echo = new Proxy({} as Record<string, string>, { get: (_, key) => String(key) });

  it("draws a chart from its kind and input alone (no content read), with the marks' styles inlined", () => {
    const input = {
      id: "toll",
      states: { count: { claim: false } },
      eventId: "e",
      date: "2020-01-02",
      total: 3,
      parts: [{ key: "a", value: 3 }],
      claim: { value: 4, approx: false },
      publishers: ["Wire"],
    };
    const svg = renderFigure(
      { kind: "event-toll", input, state: "count", plotHeight: 120 },
      { locale: "en", strings: echo, description: "Three dots." },
    );
    expect(svg).toContain('data-chart="toll" data-state="count"');
    expect(svg).toContain('<desc id="d">Three dots.</desc>');
    expect(svg).toContain(".chart-svg .dot--part0 {fill:");
    expect(svg.match(/class="dot dot--part0"/g)).toHaveLength(3);
  });
});
