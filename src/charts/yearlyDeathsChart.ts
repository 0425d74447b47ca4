import { scaleLinear } from "d3-scale";
import { formatNumber } from "../i18n/format";
import { avoidLabelCollisions, type Box, type LabelRequest, type LabelSpot } from "./avoidLabelCollisions";
import type { YearlyDeathsInput } from "./chartInputs";
import { chartString } from "./chartString";
import { r1, type ChartGeometry, type ChartOptions, type Mark } from "./marks";
import { fitAxisLabel } from "./fitAxisLabel";
import { textWidth } from "./textWidth";

export const TICK_SIZE = 13;
export const LABEL_SIZE = 14;
const ROW = 18;

export interface YearlyDeathsGeometry extends ChartGeometry {
  yDomain: [number, number];
  yTicks: number[];
  xTicks: number[];
  /** The bars, in year order. */
  bars: { year: number; x: number; y: number; width: number; height: number }[];
  /** Edges of the bars' area. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The direct labels, with the box each takes. */
  labels: { year: number; lines: string[]; box: Box }[];
}

/**
 * Deaths per year as bars. A year with no recorded deaths is a real zero in this source and is
 * drawn as a bar of height zero (its tooltip says 0). The deadliest year and the last year get
 * direct labels, lifted above the bars they would cover.
 */
export function yearlyDeathsChart(input: YearlyDeathsInput, opts: ChartOptions): YearlyDeathsGeometry {
  const { width, height, locale, strings, state } = opts;
  if (state !== "all") throw new Error(`yearly-deaths: unknown state "${state}"`);
  const t = (key: string, vars?: Record<string, string | number>) =>
    chartString(strings, `chart.yearly-deaths.${key}`, vars);
  const num = (v: number) => formatNumber(v, locale);
  const years = [...input.years].sort((a, b) => a.year - b.year);
  if (!years.length) throw new Error("yearly-deaths: no years to draw");
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;

  // Room above the bars for the direct labels (two lines, and one lifted over another).
  const top = ROW * 3 + 12;
  const axisH = ROW + 6;
  const plotH = Math.max(60, height - top - axisH);
  const max = Math.max(1, ...years.map((y) => y.deaths));
  const nTicks = plotH >= 200 ? 4 : 3;
  const y = scaleLinear()
    .domain([0, max])
    .nice(nTicks)
    .range([top + plotH, top]);
  const yTicks = y.ticks(nTicks);
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(num(v), TICK_SIZE))) + 8);
  const right = 4;
  const x = scaleLinear()
    .domain([first, last + 1])
    .range([left, width - right]);
  const bw = x(first + 1) - x(first);
  const gap = bw > 4 ? Math.max(1, bw * 0.2) : 0;
  const bottom = top + plotH;

  const marks: Mark[] = [];
  const texts: Mark[] = [];
  for (const v of yTicks) {
    marks.push({
      type: "path",
      key: `grid-${v}`,
      cls: v === 0 ? "axis" : "grid",
      d: `M${left},${r1(y(v))}H${width - right}`,
    });
    texts.push({
      type: "text",
      key: `ytick-${v}`,
      cls: "tick",
      x: left - 6,
      y: r1(y(v) + TICK_SIZE * 0.35),
      lines: [num(v)],
      anchor: "end",
    });
  }

  const bars = years.map((d) => ({
    year: d.year,
    x: r1(x(d.year) + gap / 2),
    y: r1(y(d.deaths)),
    width: r1(bw - gap),
    height: r1(bottom - y(d.deaths)),
  }));
  bars.forEach((b, i) => {
    const d = years[i]!;
    marks.push({
      type: "rect",
      key: `bar-${b.year}`,
      cls: `bar bar--total${b.year === input.coupYear ? " is-coup" : ""}`,
      ...b,
      tip: t("tip", { year: b.year, value: num(d.deaths) }),
      tipAt: { x: r1(b.x + b.width / 2), y: b.y },
    });
  });

  // Years on the axis: every 5 or 10 years, whichever fits.
  const labelW = textWidth("2000", TICK_SIZE) + 10;
  const step = [5, 10, 20].find((k) => k * bw >= labelW) ?? 20;
  const xTicks: number[] = [];
  for (let yr = Math.ceil(first / step) * step; yr <= last; yr += step) xTicks.push(yr);
  for (const yr of xTicks) {
    const cx = r1(x(yr) + bw / 2);
    marks.push({ type: "path", key: `xtick-${yr}`, cls: "axis", d: `M${cx},${r1(bottom)}v5` });
    const at = fitAxisLabel(cx, [String(yr)], TICK_SIZE, width);
    texts.push({
      type: "text",
      key: `xlabel-${yr}`,
      cls: "tick",
      ...at,
      y: r1(bottom + 5 + TICK_SIZE),
      lines: [String(yr)],
    });
  }

  // Direct labels: the deadliest year, then the last year (the coup year, if the data end there).
  const peak = years.reduce((a, b) => (b.deaths > a.deaths ? b : a));
  const labelled = [peak, ...(last !== peak.year ? [years[years.length - 1]!] : [])];
  const obstacles: Box[] = bars.map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height }));
  const requests: LabelRequest[] = labelled.map((d) => {
    const b = bars.find((bb) => bb.year === d.year)!;
    const lines = [t("valueLabel", { value: num(d.deaths), year: d.year })];
    if (d.year === input.coupYear) lines.push(t("coupYear"));
    const spots: LabelSpot[] = [];
    const baseY = b.y - 6 - (lines.length - 1) * ROW;
    // From just above the bar up to the top of the chart: a label lifted clear of taller bars
    // gets a leader line down to its own bar.
    for (let k = 0; baseY - k * (ROW / 2) >= LABEL_SIZE; k++) {
      const yy = r1(baseY - k * (ROW / 2));
      spots.push(
        { x: r1(b.x + b.width / 2), y: yy, anchor: "middle" },
        { x: r1(b.x + b.width), y: yy, anchor: "end" },
        { x: b.x, y: yy, anchor: "start" },
      );
    }
    return { key: `label-${d.year}`, lines, fontSize: LABEL_SIZE, bold: true, spots };
  });
  const placed = avoidLabelCollisions(requests, {
    bounds: { x: 0, y: 0, w: width, h: bottom },
    obstacles,
  });
  const labels = placed.map((l, i) => {
    const d = labelled[i]!;
    const b = bars.find((bb) => bb.year === d.year)!;
    const boxBottom = l.box.y + l.box.h;
    if (b.y - boxBottom > 4) {
      const cx = r1(b.x + b.width / 2);
      marks.push({
        type: "path",
        key: `leader-${d.year}`,
        cls: "leader",
        d: `M${cx},${r1(b.y - 2)}V${r1(boxBottom + 1)}`,
      });
    }
    texts.push({
      type: "text",
      key: l.key,
      cls: "value-label",
      x: l.x,
      y: l.y,
      lines: l.lines,
      anchor: l.anchor,
      lineHeight: ROW,
    });
    return { year: d.year, lines: l.lines, box: l.box };
  });

  return {
    width,
    height,
    marks: [...marks, ...texts],
    yDomain: y.domain() as [number, number],
    yTicks,
    xTicks,
    bars,
    labels,
    plot: { left, right: width - right, top, bottom },
  };
}
