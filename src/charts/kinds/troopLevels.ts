import { scaleLinear } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { utcMonth } from "d3-time";
import type { TroopFigure } from "../../data/troops";
import { formatDate, formatNumber } from "../../i18n/format";
import { avoidLabelCollisions, labelBox, type Box, type LabelRequest } from "../avoidLabelCollisions";
import {
  chartStrings,
  describeStates,
  eventOf,
  specError,
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

/** A force's key: it names the force's strings (`force.<key>`) and a placeholder. */
const forceKey = (z: Zod) =>
  z.string().regex(/^[a-z][a-zA-Z0-9]*$/, { error: "a force key is a word of letters and digits" });

/** The fields of a `troop-levels` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** The figures of troops.csv from this event of timeline.json on are shown. */
    since: z.string().min(1),
    /** The forces drawn, in order: key → the `force` of troops.csv. */
    forces: z.record(forceKey(z), z.string().min(1)),
    /**
     * Which rows are figures for the whole country, not for one base: a regular expression on
     * `location`, and one (case-insensitive) on `location` and `description` together.
     */
    totals: z.strictObject({ location: z.string().min(1), text: z.string().min(1) }),
  },
  state: {
    /** Forces in focus: drawn in colour and labelled. */
    focus: z.array(forceKey(z)).min(1),
    /** Forces drawn in grey behind them, unlabelled. */
    context: z.array(forceKey(z)).default([]),
  },
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

export interface TroopPoint {
  date: string;
  troops: number;
  /** The source says "about" (or "roughly", "some"). */
  approx: boolean;
  qualifier: string;
  location: string;
  source: string;
  url: string;
}

export interface TroopLevelsInput extends ChartInputBase<State> {
  /** One series per force, in the order of the chart's `forces`. */
  series: { force: string; points: TroopPoint[] }[];
}

type Totals = Selection["totals"];

/** Whether a row of troops.csv is a figure for the whole country (see `totals`). */
export function isCountryTotal(t: Pick<TroopFigure, "location" | "description">, totals: Totals): boolean {
  return (
    new RegExp(totals.location).test(t.location) ||
    new RegExp(totals.text, "i").test(`${t.location} ${t.description}`)
  );
}

/** The country-wide figures of each force from `from` on, by date; two on one date are an error. */
export function troopTotals(
  rows: readonly (TroopFigure & { approx: boolean })[],
  from: string,
  forces: Record<string, string>,
  totals: Totals,
): TroopLevelsInput["series"] {
  return Object.entries(forces).map(([force, name]) => {
    const points = rows
      .filter((t) => t.force === name && t.date >= from && isCountryTotal(t, totals))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((t) => ({
        date: t.date,
        troops: t.troops,
        approx: t.troops > 0 && t.approx,
        // The edition's words (src/data/dataWords.ts); not troopWords(): this module runs in the browser.
        ...(t.words ?? { qualifier: t.qualifier, location: t.location }),
        source: t.source,
        url: t.url,
      }));
    const dates = points.map((p) => p.date);
    const dup = dates.find((d, i) => dates.indexOf(d) !== i);
    if (dup) throw new Error(`content/data/troops.csv: two country-wide ${name} figures for ${dup}`);
    return { force, points };
  });
}

export const TICK_SIZE = 13;
export const LABEL_SIZE = 14;
const ROW = 18;
const DOT_R = 5;

export interface TroopLevelsGeometry extends ChartGeometry {
  xDomain: [string, string];
  xTicks: string[];
  yTicks: number[];
  /** Edges of the plotting area. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Per force: the step path through its figures and where each figure's dot and label are. */
  series: {
    force: string;
    path: string;
    points: { date: string; cx: number; cy: number; label: string; box: Box }[];
  }[];
}

const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Troop numbers of foreign forces as reported: a dot per figure, joined by steps (the number is
 * taken to hold until the next report, never interpolated as a smooth line), each dot labelled
 * with its figure and "about" where the source says so. A state puts some forces in focus and
 * may draw others in grey behind them; labels are placed for the forces in focus, clear of every
 * dot, step and axis label drawn.
 */
export function troopLevelsChart(input: TroopLevelsInput, opts: ChartOptions): TroopLevelsGeometry {
  const { width, height, state, locale, strings } = opts;
  const view = stateOf(input, state);
  const { t, common } = chartStrings(input.id, strings);
  const num = (v: number) => formatNumber(v, locale);
  const all = input.series.flatMap((s) => s.points);
  if (!all.length) throw new Error(`chart "${input.id}": no troop figures to draw`);
  const dates = all.map((p) => p.date).sort();
  const start = utcMonth.floor(new Date(time(dates[0]!)));
  const end = utcMonth.offset(utcMonth.floor(new Date(time(dates[dates.length - 1]!))), 1);

  const top = ROW + 10;
  const axisH = ROW * 2 + 8;
  const bottom = Math.max(top + 80, height - axisH);
  const nTicks = bottom - top >= 220 ? 4 : 3;
  const y = scaleLinear()
    .domain([0, Math.max(1, ...all.map((p) => p.troops))])
    .nice(nTicks)
    .range([bottom, top]);
  const yTicks = y.ticks(nTicks);
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(num(v), TICK_SIZE))) + 10);
  // Room on the right for the label of a last figure that falls near the end of its month.
  const right = 18;
  const x = scaleLinear()
    .domain([start.getTime(), end.getTime()])
    .range([left, width - right]);

  const axis = valueAxis(yTicks, y, { left, right: width - right, gap: 8, fontSize: TICK_SIZE, format: num });
  const marks: Mark[] = axis.lines;
  const texts: Mark[] = axis.labels;

  // Months on the axis: every 1, 2, 3 or 6 months, whichever fits; the year under January.
  const monthFmt = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const monthsSpan = utcMonth.count(start, end);
  const pxPerMonth = (width - right - left) / monthsSpan;
  const labelW = textWidth(monthFmt.format(new Date(Date.UTC(2000, 8, 1))), TICK_SIZE) + 12;
  const step = [1, 2, 3, 6, 12].find((k) => k * pxPerMonth >= labelW) ?? 12;
  const ticks = utcMonth
    .range(start, utcMonth.offset(end, 1))
    .filter((d) => d.getTime() <= end.getTime())
    .filter((d) => (d.getUTCMonth() - start.getUTCMonth() + 12) % step === 0);
  const tickBoxes: Box[] = [];
  ticks.forEach((d, i) => {
    const xx = r1(x(d.getTime()));
    const lines = [monthFmt.format(d)];
    if (i === 0 || d.getUTCMonth() < step) lines.push(String(d.getUTCFullYear()));
    marks.push({ type: "path", key: `xtick-${isoDay(d)}`, cls: "axis", d: `M${xx},${r1(bottom)}v5` });
    const at = fitAxisLabel(xx, lines, TICK_SIZE, width);
    tickBoxes.push(labelBox(lines, TICK_SIZE, { ...at, y: r1(bottom + 5 + TICK_SIZE) }));
    texts.push({
      type: "text",
      key: `xlabel-${isoDay(d)}`,
      cls: "tick",
      ...at,
      y: r1(bottom + 5 + TICK_SIZE),
      lines,
      lineHeight: ROW - 2,
    });
  });

  const stepLine = line<TroopPoint>()
    .x((p) => r1(x(time(p.date))))
    .y((p) => r1(y(p.troops)))
    .curve(curveStepAfter);

  // What labels must keep clear of: the dots and step lines of the forces drawn in this state
  // (in focus or as context).
  const inFocus = (force: string) => view.focus.includes(force);
  const drawn = (force: string) => inFocus(force) || view.context.includes(force);
  const dots: Box[] = input.series
    .filter((s) => drawn(s.force))
    .flatMap((s) =>
      s.points.map((p) => ({
        x: x(time(p.date)) - DOT_R,
        y: y(p.troops) - DOT_R,
        w: DOT_R * 2,
        h: DOT_R * 2,
      })),
    );
  const segments: Box[] = input.series
    .filter((s) => drawn(s.force))
    .flatMap((s) =>
      s.points.slice(1).flatMap((p, i) => {
        const prev = s.points[i]!;
        const x0 = x(time(prev.date));
        const x1 = x(time(p.date));
        const y0 = y(prev.troops);
        const y1 = y(p.troops);
        return [
          { x: x0, y: y0 - 1.5, w: x1 - x0, h: 3 },
          { x: x1 - 1.5, y: Math.min(y0, y1), w: 3, h: Math.abs(y1 - y0) },
        ];
      }),
    );
  const figure = (p: TroopPoint) => (p.approx ? common("about", { value: num(p.troops) }) : num(p.troops));
  // Consecutive figures that read the same ("about 1,000" twice) share one label, centred over
  // both dots: two identical labels side by side would each look like the other dot's.
  const groups = input.series.flatMap((s) => {
    const out: { force: string; points: TroopPoint[]; first: boolean }[] = [];
    s.points.forEach((p, i) => {
      const last = out[out.length - 1];
      if (last && !last.first && figure(last.points[0]!) === figure(p) && last.points[0]!.troops === p.troops)
        last.points.push(p);
      else out.push({ force: s.force, points: [p], first: i === 0 });
    });
    return out;
  });
  const labelKey = (force: string, p: TroopPoint) => {
    const g = groups.find((x) => x.force === force && x.points.includes(p))!;
    return `label-${force}-${g.points[0]!.date}`;
  };
  const requests: LabelRequest[] = groups.map((g) => {
    const x0 = x(time(g.points[0]!.date));
    const x1 = x(time(g.points[g.points.length - 1]!.date));
    const cy = y(g.points[0]!.troops);
    const value = figure(g.points[0]!);
    const text = g.first ? t("firstLabel", { force: t(`force.${g.force}`), value }) : value;
    const cx = (x0 + x1) / 2;
    return {
      key: `label-${g.force}-${g.points[0]!.date}`,
      lines: [text],
      fontSize: LABEL_SIZE,
      bold: true,
      // Beside the dot(s) and clear of them: above, level, below, then further up.
      spots: [
        ...(g.points.length > 1
          ? [
              { x: x0 + 5, y: cy - 12, anchor: "start" as const },
              { x: cx, y: cy - 12, anchor: "middle" as const },
            ]
          : []),
        { x: x1 + 7, y: cy - 12, anchor: "start" as const },
        { x: x0 - 7, y: cy - 12, anchor: "end" as const },
        { x: x1 + 9, y: cy + LABEL_SIZE * 0.35, anchor: "start" as const },
        { x: x0 - 9, y: cy + LABEL_SIZE * 0.35, anchor: "end" as const },
        { x: x1 + 7, y: cy + LABEL_SIZE + 7, anchor: "start" as const },
        { x: x0 - 7, y: cy + LABEL_SIZE + 7, anchor: "end" as const },
        { x: cx, y: cy - 11, anchor: "middle" as const },
        { x: cx, y: cy + LABEL_SIZE + 8, anchor: "middle" as const },
        { x: x1 + 7, y: cy - 12 - ROW, anchor: "start" as const },
        { x: x0 - 7, y: cy - 12 - ROW, anchor: "end" as const },
      ],
    };
  });
  // Labels of the forces in focus are placed for this state (they glide when it changes); the
  // others stay in the DOM, hidden, where they would be, so that they can fade in.
  const bounds = { x: 0, y: 0, w: width, h: height };
  const obstacles = [...dots, ...segments, ...tickBoxes];
  const focused = (key: string) => inFocus(key.split("-")[1] as string);
  const placed = new Map(
    [
      ...avoidLabelCollisions(
        requests.filter((r) => !focused(r.key)),
        { bounds, obstacles },
      ),
      ...avoidLabelCollisions(
        requests.filter((r) => focused(r.key)),
        { bounds, obstacles },
      ),
    ].map((l) => [l.key, l]),
  );

  const lines: Mark[] = [];
  const dotMarks: Mark[] = [];
  const series: TroopLevelsGeometry["series"] = input.series.map((s, i) => {
    const shown = inFocus(s.force);
    const context = !shown && drawn(s.force);
    // Colours follow the order of the forces, not their names.
    const cls = `force--${i}${context ? " is-context" : ""}`;
    const path = stepLine(s.points) ?? "";
    lines.push({
      type: "path",
      key: `step-${s.force}`,
      cls: `step-line ${cls}`,
      d: path,
      off: !shown && !context,
    });
    const points = s.points.map((p) => {
      const cx = r1(x(time(p.date)));
      const cy = r1(y(p.troops));
      const key = labelKey(s.force, p);
      const l = placed.get(key)!;
      dotMarks.push({
        type: "circle",
        key: `dot-${s.force}-${p.date}`,
        cls: `troop-dot ${cls}`,
        cx,
        cy,
        r: DOT_R,
        off: !shown && !context,
        tip: shown
          ? [
              `${t(`force.${s.force}`)}, ${formatDate(p.date, locale)}`,
              t("tipTroops", { value: figure(p) }),
              p.location,
              t("tipSource", { source: p.source }),
            ].join("\n")
          : undefined,
      });
      // A shared label is drawn once, with the first dot of its group.
      if (key === `label-${s.force}-${p.date}`)
        texts.push({
          type: "text",
          key: l.key,
          cls: `value-label${l.lines[0]!.includes(t(`force.${s.force}`)) ? " label--strong" : ""} halo`,
          x: l.x,
          y: l.y,
          lines: l.lines,
          anchor: l.anchor,
          off: !shown,
        });
      return { date: p.date, cx, cy, label: l.lines[0]!, box: l.box };
    });
    return { force: s.force, path, points };
  });

  return {
    width,
    height,
    marks: [...marks, ...lines, ...dotMarks, ...texts],
    xDomain: [isoDay(start), isoDay(end)],
    xTicks: ticks.map(isoDay),
    yTicks,
    plot: { left, right: width - right, top, bottom },
    series,
  };
}

export const troopLevelsKind: ChartKind<Selection, State, TroopLevelsInput> = {
  schema,
  needs: ["troops"],
  input(spec, data) {
    const since = eventOf(spec, "since", spec.since, data.events);
    for (const [name, view] of Object.entries(spec.states)) {
      for (const force of [...view.focus, ...view.context]) {
        if (!(force in spec.forces)) {
          throw specError(
            spec,
            `states.${name}`,
            force,
            `not one of the chart's forces (${Object.keys(spec.forces).join(", ")})`,
          );
        }
      }
    }
    return {
      id: spec.id,
      states: statesOf(spec),
      series: troopTotals(data.troops, since.date, spec.forces, spec.totals),
    };
  },
  layout: troopLevelsChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings, locale);
    const num = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 0 });
    const date = (d: string) => formatDate(d, locale);
    const series = (force: string) => {
      const s = input.series.find((x) => x.force === force);
      if (!s?.points.length) throw new Error(`chart "${input.id}": no figures for ${force}`);
      return s.points;
    };
    const figure = (p: { troops: number; approx: boolean }) =>
      p.approx ? common("about", { value: num(p.troops) }) : num(p.troops);
    const sentence = (force: string) => {
      const pts = series(force);
      const first = pts[0]!;
      const last = pts[pts.length - 1]!;
      return t("desc.force", {
        force: t(`force.${force}`),
        first: figure(first),
        firstDate: date(first.date),
        last: figure(last),
        lastDate: date(last.date),
        n: pts.length,
        count: pts.length,
      });
    };
    // Each force's last figure's date is a placeholder named after the force: {<force key>}.
    const lastDates = Object.fromEntries(
      input.series.map((s) => [s.force, date(series(s.force)[s.points.length - 1]!.date)]),
    );
    return {
      title: t("title"),
      unit: t("unit"),
      source: common("source", { source: t("source") }),
      takeaway: t("takeaway", lastDates),
      notes: t("notes"),
      descriptions: describeStates(input, (view) => view.focus.map(sentence).join(" ")),
    };
  },
  table(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings);
    const num = (v: number) => formatNumber(v, locale);
    return {
      columns: [
        { label: t("table.force") },
        { label: t("table.date") },
        { label: t("table.troops"), numeric: true },
        { label: t("table.where") },
        { label: t("table.source") },
      ],
      rows: input.series.flatMap((s) =>
        s.points.map((p) => [
          t(`force.${s.force}`),
          formatDate(p.date, locale, "short"),
          p.approx ? common("about", { value: num(p.troops) }) : num(p.troops),
          p.location,
          { text: p.source, href: p.url },
        ]),
      ),
    };
  },
};
