import { semicolonList } from "../../i18n/punctuation";
import { scaleLinear } from "d3-scale";
import type { MonthDeaths } from "../../data/conflictDeaths";
import { formatDate, formatMonth, formatNumber } from "../../i18n/format";
import { avoidLabelCollisions, type Box, type LabelRequest } from "../avoidLabelCollisions";
import { beforeAfter, violenceTypes, type ViolenceType } from "../beforeAfter";
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
import { monthIndex, monthOf, monthPosition } from "../monthIndex";
import { fitAxisLabel } from "../fitAxisLabel";
import { textWidth } from "../textWidth";
import { valueAxis } from "../valueAxis";
import { wrapText } from "../wrapText";

const month = (z: Zod) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected a month, YYYY-MM" });

/** The fields of a `monthly-series` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** First month of the series (YYYY-MM); the data before it are left out. */
    from: month(z),
    /** The event of timeline.json marked by a rule across the panels (and compared around). */
    marker: z.string().min(1),
    /** The series drawn, one panel each, in order: columns of the monthly data (the source's types of violence). */
    series: z
      .array(z.enum(violenceTypes))
      .min(1)
      .refine((s) => new Set(s).size === s.length, { error: "a series is drawn once" }),
  },
  state: {
    /** First month shown (YYYY-MM); the series' first if omitted. */
    from: month(z).optional(),
    /** Show the months before and after the marker, with each period's average per month. */
    compare: z.boolean().default(false),
  },
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

/** One month of conflict deaths; null = not recorded in the source (blank, not zero). */
export interface MonthPoint {
  /** YYYY-MM. */
  month: string;
  /** State-based conflict deaths. */
  sb: number | null;
  /** One-sided violence (deliberate killing of civilians). */
  os: number | null;
  /** Non-state conflict deaths (not recorded before 2018 in this source). */
  ns: number | null;
  /** The source flags the month as possibly preliminary (the source's candidate data). */
  preliminary: boolean;
}

export interface MonthlySeriesInput extends ChartInputBase<State> {
  /** The series drawn, one panel each. */
  series: ViolenceType[];
  months: MonthPoint[];
  /** Date of the marker event (timeline.json), YYYY-MM-DD. */
  markerDate: string;
}

/**
 * The months the chart draws: from `from` (YYYY-MM) to the last month of the data. A blank cell
 * stays null (not recorded), never zero; a month is preliminary when its `preliminary` column says so.
 */
export function monthlySeries(rows: readonly MonthDeaths[], from: string): MonthPoint[] {
  return rows
    .filter((r) => r.month >= from)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({
      month: r.month,
      sb: r.ged_sb,
      os: r.ged_os,
      ns: r.ged_ns,
      preliminary: r.preliminary,
    }));
}

export const TICK_SIZE = 13;
export const LABEL_SIZE = 14;
const ROW = 18;

export interface MonthlySeriesGeometry extends ChartGeometry {
  /** First and last month shown. */
  months: [string, string];
  /** Shared y scale of the three panels. */
  yDomain: [number, number];
  yTicks: number[];
  /** Years labelled on the x axis. */
  xTicks: number[];
  panels: { type: ViolenceType; top: number; bottom: number }[];
  /** Left and right edges of the bars' area. */
  plot: { left: number; right: number };
  comparison: ReturnType<typeof beforeAfter>;
}

/** Runs of consecutive months where `test` holds, as [first index, last index] pairs. */
function runs(months: readonly MonthPoint[], test: (m: MonthPoint) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const m of months) {
    if (!test(m)) continue;
    const i = monthIndex(m.month);
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Months shown in a state: from its first month on, or the before/after window. */
function visibleMonths(
  view: State,
  first: number,
  last: number,
  comparison: ReturnType<typeof beforeAfter>,
): [number, number] {
  if (view.compare) return [monthIndex(comparison.before.from), monthIndex(comparison.after.to)];
  return [view.from ? Math.max(first, monthIndex(view.from)) : first, last];
}

/**
 * Conflict deaths by month in three panels, one per type of violence, on a shared scale. Months
 * that are blank in the source get no bar (a shaded "not recorded" band says so); preliminary
 * months are drawn lighter under a bracket; the marker event is a rule across the panels. States
 * zoom the months shown; a comparing state adds each type's average per month before and after
 * the marker.
 */
export function monthlySeriesChart(input: MonthlySeriesInput, opts: ChartOptions): MonthlySeriesGeometry {
  const { width, height, state, locale, strings } = opts;
  const { t } = chartStrings(input.id, strings);
  const view = stateOf(input, state);
  const num = (v: number) => formatNumber(v, locale);
  const series = [...input.months].sort((a, b) => a.month.localeCompare(b.month));
  if (!series.length) throw new Error(`chart "${input.id}": no months to draw`);
  const first = monthIndex(series[0]!.month);
  const last = monthIndex(series[series.length - 1]!.month);
  const comparison = beforeAfter(series, input.markerDate);
  const [from, to] = visibleMonths(view, first, last, comparison);
  const visible = series.filter((m) => {
    const i = monthIndex(m.month);
    return i >= from && i <= to;
  });

  // Vertical layout: two annotation rows, then per panel a label and a band of bars, then years.
  const annotH = ROW * 3 + 6;
  const types = input.series;
  const panelLabels = types.map((type) =>
    wrapText(t(`type.${type}`), width - 16, LABEL_SIZE, { bold: true }),
  );
  // Each panel's label takes the lines it needs (a long one wraps on narrow screens).
  const labelHs = panelLabels.map((l) => l.length * ROW + 4);
  const gap = 10;
  const axisH = ROW + 6;
  const panelH = Math.max(
    30,
    (height - annotH - axisH - labelHs.reduce((a, b) => a + b, 0) - (types.length - 1) * gap) / types.length,
  );

  const maxVisible = Math.max(1, ...visible.flatMap((m) => types.map((type) => m[type] ?? 0)));
  const y0 = scaleLinear()
    .domain([0, maxVisible])
    .nice(panelH >= 90 ? 3 : 2);
  const yTicks = y0.ticks(panelH >= 90 ? 3 : 2);
  const yDomain = y0.domain() as [number, number];
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(num(v), TICK_SIZE))) + 8);
  const right = 6;
  const x = scaleLinear()
    .domain([from, to + 1])
    .range([left, width - right]);
  const bw = x(from + 1) - x(from);
  const barGap = bw > 4 ? Math.max(1, bw * 0.15) : 0;

  const panels = types.map((type, k) => {
    const top = annotH + labelHs.slice(0, k + 1).reduce((a, b) => a + b, 0) + k * (panelH + gap);
    return { type, top: r1(top), bottom: r1(top + panelH), labelH: labelHs[k]! };
  });
  const yIn = (k: number) => y0.copy().range([panels[k]!.bottom, panels[k]!.top]);

  const grid: Mark[] = [];
  const bars: Mark[] = [];
  const texts: Mark[] = [];
  const bands: Mark[] = [];
  const overlays: Mark[] = [];
  const hits: Mark[] = [];
  const xOf = (i: number) => r1(x(Math.max(from, Math.min(i, to + 1))));

  panels.forEach((p, k) => {
    const y = yIn(k);
    const axis = valueAxis(yTicks, y, {
      left,
      right: width - right,
      gap: 6,
      fontSize: TICK_SIZE,
      format: num,
      key: `${p.type}-`,
    });
    grid.push(...axis.lines);
    texts.push(...axis.labels);
    const lines = panelLabels[k]!;
    grid.push({
      type: "rect",
      key: `swatch-${p.type}`,
      cls: `swatch swatch--${p.type}`,
      x: 0,
      y: r1(p.top - p.labelH + 4),
      width: 11,
      height: 11,
    });
    texts.push({
      type: "text",
      key: `panel-${p.type}`,
      cls: "panel-label",
      x: 16,
      y: r1(p.top - p.labelH + 4 + LABEL_SIZE * 0.8),
      lines,
      anchor: "start",
      lineHeight: ROW,
    });

    // Blank months: a "not recorded" band, never a zero bar.
    runs(series, (m) => m[p.type] === null).forEach(([a, b], n) => {
      const off = b < from || a > to;
      const bx = xOf(a);
      const bwid = r1(xOf(b + 1) - bx);
      bands.push({
        type: "rect",
        key: `nodata-${p.type}-${n}`,
        cls: "nodata",
        x: bx,
        y: p.top,
        width: bwid,
        height: r1(panelH),
        off,
      });
      if (n === 0) {
        const label = t("notRecorded", { month: formatMonth(monthOf(b + 1), locale) });
        const lines = wrapText(label, bwid - 8, TICK_SIZE);
        const fits =
          lines.every((l) => textWidth(l, TICK_SIZE) <= bwid - 8) && lines.length * ROW <= panelH - 4;
        texts.push({
          type: "text",
          key: `nodata-label-${p.type}`,
          cls: "note-label",
          x: r1(bx + bwid / 2),
          y: r1(p.top + panelH / 2 - ((lines.length - 1) * ROW) / 2 + TICK_SIZE * 0.35),
          lines,
          anchor: "middle",
          lineHeight: ROW,
          off: off || !fits,
        });
      }
    });

    for (const m of series) {
      const v = m[p.type];
      if (v === null) continue;
      const i = monthIndex(m.month);
      const inside = i >= from && i <= to;
      const bx = inside ? r1(x(i) + barGap / 2) : xOf(i);
      bars.push({
        type: "rect",
        key: `bar-${p.type}-${m.month}`,
        cls: `bar bar--${p.type}${m.preliminary ? " is-prelim" : ""}${view.compare ? " is-muted" : ""}`,
        x: bx,
        y: r1(y(v)),
        width: inside ? r1(Math.max(0, bw - barGap)) : 0,
        height: r1(p.bottom - y(v)),
        off: !inside,
      });
    }
  });

  // The marker: a rule across the panels at its day, and its label on top.
  const markerX = r1(x(monthPosition(input.markerDate)));
  const plotTop = panels[0]!.top - panels[0]!.labelH;
  const plotBottom = panels[panels.length - 1]!.bottom;
  overlays.push({
    type: "path",
    key: "marker-rule",
    cls: "event-rule",
    d: `M${markerX},${ROW + 4}V${r1(plotBottom)}`,
  });

  const requests: LabelRequest[] = [];
  // Three rows above the panels: the marker, the before/after periods, the preliminary bracket.
  const rowY = [ROW - 4, ROW * 2 - 3, ROW * 3 - 2];
  const prelim = runs(series, (m) => m.preliminary);
  prelim.forEach(([a, b], n) => {
    const x0 = xOf(a);
    const x1 = xOf(b + 1);
    const by = rowY[2]! + 5;
    overlays.push({
      type: "path",
      key: `prelim-bracket-${n}`,
      cls: "bracket",
      d: `M${x0},${by + 5}V${by}H${x1}V${by + 5}`,
      off: b < from || a > to,
    });
    if (b >= from && a <= to) {
      const lines = [t("preliminary")];
      requests.push({
        key: `prelim-label-${n}`,
        lines,
        fontSize: TICK_SIZE,
        spots: [
          { x: x1, y: rowY[2]!, anchor: "end" },
          { x: r1((x0 + x1) / 2), y: rowY[2]!, anchor: "middle" },
          { x: x1, y: rowY[1]!, anchor: "end" },
        ],
      });
    }
  });
  const markerLabel = t("marker", { date: formatDate(input.markerDate, locale, "short") });
  requests.push({
    key: "marker-label",
    lines: [markerLabel],
    fontSize: TICK_SIZE,
    bold: true,
    spots: [
      { x: markerX + 4, y: rowY[0]!, anchor: "start" },
      { x: markerX - 4, y: rowY[0]!, anchor: "end" },
      { x: markerX + 4, y: rowY[1]!, anchor: "start" },
      { x: markerX - 4, y: rowY[1]!, anchor: "end" },
    ],
  });
  if (view.compare) {
    requests.push(
      {
        key: "period-before",
        lines: [t("periodBefore", { n: comparison.before.months })],
        fontSize: TICK_SIZE,
        spots: [
          { x: markerX - 4, y: rowY[1]!, anchor: "end" },
          { x: markerX - 4, y: rowY[2]!, anchor: "end" },
        ],
      },
      {
        key: "period-after",
        lines: [t("periodAfter", { n: comparison.after.months })],
        fontSize: TICK_SIZE,
        spots: [
          { x: markerX + 4, y: rowY[1]!, anchor: "start" },
          { x: markerX + 4, y: rowY[2]!, anchor: "start" },
        ],
      },
    );
  }
  const annotBounds: Box = { x: 0, y: 0, w: width, h: annotH };
  // The marker first, then the periods, then the preliminary label (it can move down a row).
  const order = (key: string) => (key === "marker-label" ? 0 : key.startsWith("period") ? 1 : 2);
  requests.sort((a, b) => order(a.key) - order(b.key));
  const placed = new Map(avoidLabelCollisions(requests, { bounds: annotBounds }).map((l) => [l.key, l]));
  // Always the same labels in the same order (hidden when not used), so that states animate.
  const annotKeys = [
    "marker-label",
    "period-before",
    "period-after",
    ...prelim.map((_, n) => `prelim-label-${n}`),
  ];
  for (const key of annotKeys) {
    const l = placed.get(key);
    texts.push(
      l
        ? {
            type: "text",
            key,
            cls: key === "marker-label" ? "event-label" : "note-label",
            x: l.x,
            y: l.y,
            lines: l.lines,
            anchor: l.anchor,
          }
        : {
            type: "text",
            key,
            cls: "note-label",
            x: markerX,
            y: rowY[1]!,
            lines: [""],
            anchor: "middle",
            off: true,
          },
    );
  }

  // Averages per month before and after the marker (a comparing state).
  const showAvg = view.compare;
  const bFrom = monthIndex(comparison.before.from);
  const bTo = monthIndex(comparison.before.to) + 1;
  const aFrom = monthIndex(comparison.after.from);
  const aTo = monthIndex(comparison.after.to) + 1;
  panels.forEach((p, k) => {
    const y = yIn(k);
    const avgLabels: LabelRequest[] = [];
    for (const [which, a, b] of [
      ["before", bFrom, bTo],
      ["after", aFrom, aTo],
    ] as const) {
      const value = comparison[which].avg[p.type];
      if (value === null) continue;
      const yy = r1(y(value));
      const xa = xOf(a);
      const xb = xOf(b);
      overlays.push({
        type: "path",
        key: `avg-${p.type}-${which}`,
        cls: `avg avg--${p.type}`,
        d: `M${xa},${yy}H${xb}`,
        off: !showAvg,
        tip: showAvg
          ? t(`avgTip.${which}`, {
              type: t(`type.${p.type}`),
              value: formatNumber(value, locale, { maximumFractionDigits: 1 }),
              n: comparison[which].months,
            })
          : undefined,
        tipAt: { x: r1((xa + xb) / 2), y: yy },
      });
      const text = t("perMonth", {
        value: formatNumber(value, locale, { maximumFractionDigits: value < 10 ? 1 : 0 }),
      });
      const anchor = which === "before" ? "start" : "end";
      const ax = which === "before" ? xa + 2 : xb - 2;
      avgLabels.push({
        key: `avg-label-${p.type}-${which}`,
        lines: [text],
        fontSize: TICK_SIZE,
        bold: true,
        spots: [
          { x: ax, y: yy - 5, anchor },
          { x: ax, y: yy + TICK_SIZE + 3, anchor },
        ],
      });
    }
    const placed = avoidLabelCollisions(avgLabels, {
      bounds: { x: left, y: p.top - 2, w: width - left - right, h: panelH + 4 },
    });
    for (const l of placed) {
      texts.push({
        type: "text",
        key: l.key,
        cls: "avg-label halo",
        x: l.x,
        y: l.y,
        lines: l.lines,
        anchor: l.anchor,
        off: !showAvg,
      });
    }
  });

  // Years on the x axis: as many as fit.
  const pxPerYear = bw * 12;
  const labelW = textWidth("2024", TICK_SIZE) + 10;
  const step = [1, 2, 5, 10].find((k) => k * pxPerYear >= labelW) ?? 10;
  const xTicks: number[] = [];
  for (let year = Math.ceil(from / 12); year * 12 <= to; year++) {
    if (year % step === 0 || step === 1) xTicks.push(year);
  }
  for (const year of xTicks) {
    const xx = r1(x(year * 12));
    grid.push({ type: "path", key: `xtick-${year}`, cls: "axis", d: `M${xx},${r1(plotBottom)}v5` });
    texts.push({
      type: "text",
      key: `xlabel-${year}`,
      cls: "tick",
      ...fitAxisLabel(xx, [String(year)], TICK_SIZE, width),
      y: r1(plotBottom + 5 + TICK_SIZE),
      lines: [String(year)],
    });
  }

  // One hit area per month across the panels: hover, tap and arrow keys read its numbers.
  for (const m of series) {
    const i = monthIndex(m.month);
    const inside = i >= from && i <= to;
    const value = (v: number | null) => (v === null ? t("notRecordedShort") : num(v));
    const head = m.preliminary
      ? t("tipMonthPreliminary", { month: formatMonth(m.month, locale) })
      : formatMonth(m.month, locale);
    hits.push({
      type: "rect",
      key: `hit-${m.month}`,
      cls: "hit",
      x: inside ? r1(x(i)) : xOf(i),
      y: r1(plotTop),
      width: inside ? r1(bw) : 0,
      height: r1(plotBottom - plotTop),
      off: !inside,
      tip: [head, ...types.map((type) => `${t(`short.${type}`)}: ${value(m[type])}`)].join("\n"),
      tipAt: { x: inside ? r1(x(i) + bw / 2) : xOf(i), y: r1(plotTop) },
    });
  }

  return {
    width,
    height,
    marks: [...grid, ...bands, ...bars, ...overlays, ...texts, ...hits],
    months: [monthOf(from), monthOf(to)],
    yDomain,
    yTicks,
    xTicks,
    panels: panels.map(({ type, top, bottom }) => ({ type, top, bottom })),
    plot: { left, right: width - right },
    comparison,
  };
}

export const monthlySeriesKind: ChartKind<Selection, State, MonthlySeriesInput> = {
  schema,
  needs: ["monthlyDeaths"],
  input(spec, data) {
    const marker = eventOf(spec, "marker", spec.marker, data.events);
    return {
      id: spec.id,
      states: statesOf(spec),
      series: spec.series,
      months: monthlySeries(data.months, spec.from),
      markerDate: marker.date,
    };
  },
  layout: monthlySeriesChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings);
    const num = (v: number, digits = 0) => formatNumber(v, locale, { maximumFractionDigits: digits });
    const cmp = beforeAfter(input.months, input.markerDate);
    const months = input.months.map((m) => m.month).sort();
    const nsFrom = input.months.find((m) => m.ns !== null)?.month;
    const prelimFrom = input.months.find((m) => m.preliminary)?.month;
    const avg = (v: number | null) => (v === null ? t("notRecordedShort") : num(v, v < 10 ? 1 : 0));
    const notes = [
      // Where the data end, always said: no later month is in the source.
      t("notes.ends", { month: formatMonth(months.at(-1)!, locale) }),
      nsFrom ? t("notes.nonState", { month: formatMonth(nsFrom, locale) }) : "",
      prelimFrom ? t("notes.preliminary", { month: formatMonth(prelimFrom, locale) }) : "",
      t("notes.conservative"),
      t("notes.periods", {
        beforeFrom: formatMonth(cmp.before.from, locale),
        beforeTo: formatMonth(cmp.before.to, locale),
        afterFrom: formatMonth(cmp.after.from, locale),
        afterTo: formatMonth(cmp.after.to, locale),
        marker: formatDate(input.markerDate, locale),
      }),
    ].filter(Boolean);
    return {
      title: t("title"),
      unit: t("unit"),
      source: common("source", { source: t("source") }),
      takeaway: t("takeaway", {
        n: cmp.after.months,
        after: avg(cmp.after.total),
        before: avg(cmp.before.total),
      }),
      notes: notes.join(" "),
      descriptions: describeStates(input, (view) => {
        if (view.compare) {
          const parts = input.series.map((type) =>
            t("desc.pair", {
              type: t(`type.${type}`),
              before: avg(cmp.before.avg[type]),
              after: avg(cmp.after.avg[type]),
            }),
          );
          return t("desc.compare", { n: cmp.after.months, pairs: semicolonList(strings, parts) });
        }
        return t("desc.series", {
          from: formatMonth(view.from ?? months[0]!, locale),
          to: formatMonth(months[months.length - 1]!, locale),
          marker: formatDate(input.markerDate, locale),
          nsFrom: nsFrom ? formatMonth(nsFrom, locale) : "",
          prelimFrom: prelimFrom ? formatMonth(prelimFrom, locale) : "",
        });
      }),
    };
  },
  table(input, { strings, locale }) {
    const { t } = chartStrings(input.id, strings);
    const num = (v: number | null) => (v === null ? "" : formatNumber(v, locale));
    return {
      columns: [
        { label: t("table.month") },
        ...input.series.map((type) => ({ label: t(`short.${type}`), numeric: true })),
        { label: t("table.note") },
      ],
      rows: input.months.map((m) => [
        formatMonth(m.month, locale),
        ...input.series.map((type) => num(m[type])),
        m.preliminary ? t("preliminary") : "",
      ]),
    };
  },
};
