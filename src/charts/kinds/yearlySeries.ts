import { scaleLinear } from "d3-scale";
import { formatNumber } from "../../i18n/format";
import { avoidLabelCollisions, type Box, type LabelRequest, type LabelSpot } from "../avoidLabelCollisions";
import {
  chartStrings,
  describeStates,
  eventOf,
  stateOf,
  statesOf,
  type ChartInputBase,
  type ChartKind,
  type Output,
  type Zod,
} from "../chartKind";
import { r1, type ChartGeometry, type ChartOptions, type Mark } from "../marks";
import { fitAxisLabel } from "../fitAxisLabel";
import { textWidth } from "../textWidth";
import { valueAxis } from "../valueAxis";

/** The fields of a `yearly-series` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** The event of timeline.json whose year is marked (its bar stands out and is labelled). */
    marker: z.string().min(1),
    /** The CSV file of content/data/ that holds the series, one row per year. */
    table: z.string().regex(/^[\w.-]+\.csv$/, { error: "expected a CSV file name in content/data/" }),
    /** The column of years (default `year`). */
    year: z.string().min(1).default("year"),
    /** The column of values drawn as bars. */
    value: z.string().min(1),
    /** The column naming each row's dataset version, for the source line. */
    version: z.string().min(1).optional(),
    /** Decimals of the values in the takeaway and descriptions (default 0). */
    digits: z.number().int().min(0).max(3).default(0),
  },
  state: {},
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

export interface YearlySeriesInput extends ChartInputBase<State> {
  years: { year: number; value: number }[];
  /** Decimals of the values in words. */
  digits?: number;
  /** Year of the marker event, to mark its bar. */
  markerYear: number;
  /** Dataset version, for the source line. */
  version: string;
}

export const TICK_SIZE = 13;
export const LABEL_SIZE = 14;
const ROW = 18;

export interface YearlySeriesGeometry extends ChartGeometry {
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
 * One value per year as bars. A zero in the file is a real zero and is drawn as a bar of height
 * zero (its tooltip says 0); a blank cell stops the build. The highest year and the last year get
 * direct labels, lifted above the bars they would cover.
 */
export function yearlySeriesChart(input: YearlySeriesInput, opts: ChartOptions): YearlySeriesGeometry {
  const { width, height, locale, strings, state } = opts;
  stateOf(input, state);
  const { t } = chartStrings(input.id, strings);
  const num = (v: number) => formatNumber(v, locale);
  const years = [...input.years].sort((a, b) => a.year - b.year);
  if (!years.length) throw new Error(`chart "${input.id}": no years to draw`);
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;

  // Room above the bars for the direct labels (two lines, and one lifted over another).
  const top = ROW * 3 + 12;
  const axisH = ROW + 6;
  const plotH = Math.max(60, height - top - axisH);
  const max = Math.max(1, ...years.map((y) => y.value));
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

  const axis = valueAxis(yTicks, y, { left, right: width - right, gap: 6, fontSize: TICK_SIZE, format: num });
  const marks: Mark[] = axis.lines;
  const texts: Mark[] = axis.labels;

  const bars = years.map((d) => ({
    year: d.year,
    x: r1(x(d.year) + gap / 2),
    y: r1(y(d.value)),
    width: r1(bw - gap),
    height: r1(bottom - y(d.value)),
  }));
  bars.forEach((b, i) => {
    const d = years[i]!;
    marks.push({
      type: "rect",
      key: `bar-${b.year}`,
      cls: `bar bar--total${b.year === input.markerYear ? " is-marked" : ""}`,
      ...b,
      tip: t("tip", { year: b.year, value: num(d.value) }),
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

  // Direct labels: the highest year, the last year, and the marker's year (its bar is coloured,
  // so it needs its words), each once.
  const peak = years.reduce((a, b) => (b.value > a.value ? b : a));
  const marked = years.find((d) => d.year === input.markerYear);
  const labelled = [peak, years[years.length - 1]!, ...(marked ? [marked] : [])].filter(
    (d, i, all) => all.indexOf(d) === i,
  );
  const obstacles: Box[] = bars.map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height }));
  const requests: LabelRequest[] = labelled.map((d) => {
    const b = bars.find((bb) => bb.year === d.year)!;
    const lines = [t("valueLabel", { value: num(d.value), year: d.year })];
    if (d.year === input.markerYear) lines.push(t("markerYear"));
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

export const yearlySeriesKind: ChartKind<Selection, State, YearlySeriesInput> = {
  schema,
  input(spec, data) {
    const { table: file, year, value, version } = spec;
    const rows = [...data.yearly({ file, year, value, ...(version ? { version } : {}) })].sort(
      (a, b) => a.year - b.year,
    );
    const marker = eventOf(spec, "marker", spec.marker, data.events);
    return {
      id: spec.id,
      states: statesOf(spec),
      years: rows.map((r) => ({ year: r.year, value: r.value })),
      markerYear: Number(marker.date.slice(0, 4)),
      version: [...new Set(rows.flatMap((r) => (r.version === null ? [] : [r.version])))].join("; "),
      ...(spec.digits ? { digits: spec.digits } : {}),
    };
  },
  layout: yearlySeriesChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings);
    const num = (v: number) => formatNumber(v, locale, { maximumFractionDigits: input.digits ?? 0 });
    const years = [...input.years].sort((a, b) => a.year - b.year);
    const peak = years.reduce((a, b) => (b.value > a.value ? b : a));
    const last = years[years.length - 1]!;
    const takeaway = [
      t("takeaway", { maxYear: peak.year, max: num(peak.value) }),
      last.year === input.markerYear
        ? t("takeawayMarkerYear", { year: last.year, value: num(last.value) })
        : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      title: t("title"),
      unit: t("unit"),
      source: common("source", { source: t("source", { version: input.version }) }),
      takeaway,
      notes: t("notes", { lastYear: last.year }),
      descriptions: describeStates(input, () =>
        t("desc.all", {
          from: years[0]!.year,
          to: last.year,
          maxYear: peak.year,
          max: num(peak.value),
          lastYear: last.year,
          last: num(last.value),
        }),
      ),
    };
  },
  table(input, { strings, locale }) {
    const { t } = chartStrings(input.id, strings);
    return {
      columns: [{ label: t("table.year") }, { label: t("table.value"), numeric: true }],
      rows: input.years.map((y) => [String(y.year), formatNumber(y.value, locale)]),
    };
  },
};
