import type { ChartInputBase } from "./chartKind";
import chartMarksCss from "./chartMarks.css?raw";
import { chartString } from "./chartString";
import { drawChart } from "./drawChart";
import { chartKind } from "./registry";
import { escapeXml, renderMarks } from "./renderMarks";
import { wrapText } from "./wrapText";

/** Width of every standalone chart, in SVG units. Shown about as wide as a 390 px phone's
 * column (≈ 358 px), so 13 px text never renders under 12 px; larger screens scale it up. */
export const STANDALONE_WIDTH = 360;
const PAD = 12;
const INNER = STANDALONE_WIDTH - 2 * PAD;

/** A chart in one state, ready to draw: its kind, its input and the height of its plot. */
export interface ChartFigure {
  kind: string;
  input: ChartInputBase<unknown>;
  state: string;
  /** Height of the plot area in the standalone SVG (content/charts.json). */
  plotHeight: number;
}

type Strings = Record<string, string>;

const TEXT = {
  title: { size: 18, line: 23, bold: true },
  takeaway: { size: 15, line: 20, bold: false },
  unit: { size: 13, line: 17, bold: false },
  notes: { size: 13, line: 17, bold: false },
  source: { size: 13, line: 17, bold: false },
} as const;
type Block = keyof typeof TEXT;

/** The marks' stylesheet, embedded in every standalone SVG (the page links the same file). */
const css = chartMarksCss.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s*\n\s*/g, "");

const DOC_CSS = `
.doc-bg{fill:var(--c-bg)}
.chart-svg .doc-title{font-size:${TEXT.title.size}px;font-weight:700}
.chart-svg .doc-takeaway{font-size:${TEXT.takeaway.size}px}
.chart-svg .doc-unit,.chart-svg .doc-notes,.chart-svg .doc-source{font-size:${TEXT.unit.size}px;fill:var(--c-muted)}
.chart-svg .doc-unit{font-style:italic}
`;

interface DocLayout {
  width: number;
  height: number;
  plotTop: number;
  plotHeight: number;
  blocks: { cls: Block; y: number; lines: string[] }[];
}

/** Where the words and the plot go in the standalone SVG of a chart state. */
function layoutDoc(
  chart: ChartFigure,
  strings: Strings,
  locale: string,
): DocLayout & { title: string; desc: string } {
  const text = chartKind(chart.kind).words(chart.input, { strings, locale });
  const blocks: DocLayout["blocks"] = [];
  let y = PAD;
  const add = (cls: Block, content: string, gapAfter: number) => {
    const spec = TEXT[cls];
    const lines = wrapText(content, INNER, spec.size, { bold: spec.bold });
    blocks.push({ cls, y: y + spec.size, lines });
    y += lines.length * spec.line + gapAfter;
  };
  add("title", text.title, 4);
  add("takeaway", text.takeaway, 4);
  add("unit", text.unit, 12);
  const plotTop = y;
  const ph = chart.plotHeight;
  y += ph + 18;
  add("notes", `${chartString(strings, "chart.common.notes")} ${text.notes}`.trim(), 4);
  add("source", text.source, 0);
  return {
    width: STANDALONE_WIDTH,
    height: Math.ceil(y + PAD - 4),
    plotTop,
    plotHeight: ph,
    blocks,
    title: text.title,
    desc: text.descriptions[chart.state] ?? "",
  };
}

/**
 * Renders a chart state as a standalone SVG document: title, takeaway, unit, the plot, notes
 * and source, with its own styles for light and dark schemes, a <title> and a <desc>. It is the
 * step's static image (first paint, no JavaScript, print).
 */
export function renderChartSvg(
  chart: ChartFigure,
  opts: { locale: string; strings: Strings; description: string },
): string {
  const doc = layoutDoc(chart, opts.strings, opts.locale);
  const geometry = drawChart(chart.kind, chart.input, {
    width: INNER,
    height: doc.plotHeight,
    state: chart.state,
    locale: opts.locale,
    strings: opts.strings,
  });
  const { width, height } = doc;
  const desc = opts.description || doc.desc;
  const words = doc.blocks
    .map((b) => {
      const lh = TEXT[b.cls].line;
      const tspans = b.lines
        .map((l, i) => `<tspan x="${PAD}"${i ? ` dy="${lh}"` : ""}>${escapeXml(l)}</tspan>`)
        .join("");
      return `<text class="doc-${b.cls}" y="${b.y}">${tspans}</text>`;
    })
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" data-chart="${escapeXml(chart.input.id)}" data-state="${escapeXml(chart.state)}">`,
    `<title id="t">${escapeXml(doc.title)}</title><desc id="d">${escapeXml(desc)}</desc>`,
    `<style>${css}${DOC_CSS}</style>`,
    `<rect class="doc-bg" width="${width}" height="${height}"/>`,
    words,
    `<g transform="translate(${PAD},${doc.plotTop})">${renderMarks(geometry.marks)}</g>`,
    `</svg>`,
  ].join("");
}

/** Size of a chart state's standalone SVG, for the <img> width and height (no layout shift). */
export function chartSize(
  chart: ChartFigure,
  strings: Strings,
  locale: string,
): { width: number; height: number } {
  const { width, height } = layoutDoc(chart, strings, locale);
  return { width, height };
}
