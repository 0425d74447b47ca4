import { labelled, semicolonList } from "../../i18n/punctuation";
import { scaleLinear } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";
import { formatDate } from "../../i18n/format";
import {
  chartStrings,
  describeStates,
  specError,
  stateOf,
  statesOf,
  type ChartInputBase,
  type ChartKind,
  type Output,
  type Zod,
} from "../chartKind";
import { dodgeLabels } from "../dodgeLabels";
import { r1, type ChartGeometry, type ChartOptions, type Mark } from "../marks";
import { textWidth } from "../textWidth";
import { wrapText } from "../wrapText";

/** The fields of a `timeline` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** The threads drawn (event categories of timeline.json), in the order of their colours. */
    threads: z.array(z.string().min(1)).min(1),
  },
  state: {
    /** Threads brought forward: their dots in colour, the others grey. */
    highlight: z.array(z.string().min(1)),
    /** What is labelled: each highlighted event, or each thread once, at its first event. */
    label: z.enum(["events", "threads"]).default("events"),
  },
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

export interface TimelineInput extends ChartInputBase<State> {
  /** The threads, in the order of their colours. */
  threads: string[];
  events: { id: string; date: string; category: string; title: string }[];
}

export const TICK_SIZE = 13;
export const LABEL_SIZE = 13;
const LINE = 16;
const DOT_R = 5.5;

export interface TimelineGeometry extends ChartGeometry {
  yDomain: [string, string];
  yTicks: string[];
  /** Events labelled in this state, with the top of each label and its lines. */
  labels: { key: string; top: number; lines: string[] }[];
  /** True when the labels had to be cut to one line each to fit. */
  shortened: boolean;
}

const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The events of a timeline on a vertical time axis, one dot per event coloured by thread (its
 * category). Each state brings some threads forward and labels their events beside the axis,
 * stacked so that they never overlap (cut to one line if they cannot all fit), or labels each
 * thread once, at its first event.
 */
export function timelineChart(input: TimelineInput, opts: ChartOptions): TimelineGeometry {
  const { width, height, state, locale, strings } = opts;
  const view = stateOf(input, state);
  const { t } = chartStrings(input.id, strings);
  const highlight = view.highlight;
  const colour = (category: string) => `cat--${input.threads.indexOf(category)}`;
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
  if (!events.length) throw new Error(`chart "${input.id}": no events to draw`);
  const start = utcMonth.floor(new Date(time(events[0]!.date)));
  const end = utcMonth.offset(utcMonth.floor(new Date(time(events[events.length - 1]!.date))), 1);

  const top = 10;
  const bottom = Math.max(top + 100, height - 10);
  const y = scaleLinear().domain([start.getTime(), end.getTime()]).range([top, bottom]);

  const monthFmt = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const monthYearFmt = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const axisX = Math.ceil(textWidth(monthYearFmt.format(new Date(Date.UTC(2000, 8, 1))), TICK_SIZE) + 16);
  const months = utcMonth.count(start, end);
  const pxPerMonth = (bottom - top) / months;
  const step = [1, 2, 3, 6].find((k) => k * pxPerMonth >= LINE + 4);
  // Over a long span, ticks fall on the first of January every 1, 2, 5 or 10 years, labelled with
  // the year alone (not on the anniversary of the first event).
  const yearStep = [1, 2, 5, 10].find((k) => k * 12 * pxPerMonth >= LINE + 4) ?? 10;
  const yearFmt = new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" });

  const marks: Mark[] = [{ type: "path", key: "axis", cls: "axis", d: `M${axisX},${top}V${r1(bottom)}` }];
  const texts: Mark[] = [];
  const ticks =
    step === undefined
      ? utcYear.range(start, utcMonth.offset(end, 1)).filter((d) => d.getUTCFullYear() % yearStep === 0)
      : utcMonth.range(start, utcMonth.offset(end, 1)).filter((_, i) => i % step === 0);
  for (const d of ticks) {
    const yy = r1(y(d.getTime()));
    const label =
      step === undefined
        ? yearFmt.format(d)
        : d.getTime() === start.getTime() || d.getUTCMonth() < step
          ? monthYearFmt.format(d)
          : monthFmt.format(d);
    marks.push({ type: "path", key: `ytick-${isoDay(d)}`, cls: "axis", d: `M${axisX - 5},${yy}h5` });
    texts.push({
      type: "text",
      key: `ylabel-${isoDay(d)}`,
      cls: "tick",
      x: axisX - 8,
      y: r1(yy + TICK_SIZE * 0.35),
      lines: [label],
      anchor: "end",
    });
  }

  const labelX = axisX + 26;
  const labelW = width - labelX - 2;
  const shown = new Set(highlight);
  const showCategories = view.label === "threads";

  // Labels of this state: events of the highlighted threads, or one label per thread in "all".
  const wanted = showCategories
    ? [...new Set(events.map((e) => e.category))].map((c) => {
        const e = events.find((ev) => ev.category === c)!;
        return { key: `cat-${c}`, event: e, text: t(`category.${c}`) };
      })
    : events
        .filter((e) => shown.has(e.category))
        .map((e) => ({ key: `label-${e.id}`, event: e, text: e.title }));
  const layout = (maxLines?: number) => {
    const lines = wanted.map((w) => wrapText(w.text, labelW, LABEL_SIZE, { maxLines, bold: showCategories }));
    const items = wanted.map((w, i) => ({
      key: w.key,
      target: y(time(w.event.date)) - LABEL_SIZE * 0.7,
      size: lines[i]!.length * LINE + 2,
    }));
    return { lines, ...dodgeLabels(items, { min: top - 6, max: bottom + 8, gap: 3 }) };
  };
  let placed = layout();
  let shortened = false;
  if (placed.overflow > 0) {
    placed = layout(1);
    shortened = true;
  }
  const labelAt = new Map(
    wanted.map((w, i) => [w.key, { top: placed.positions.get(w.key)!, lines: placed.lines[i]! }]),
  );

  const leaders: Mark[] = [];
  const dots: Mark[] = [];
  for (const e of events) {
    const cy = r1(y(time(e.date)));
    const on = shown.has(e.category);
    dots.push({
      type: "circle",
      key: `dot-${e.id}`,
      cls: `event-dot ${colour(e.category)}${on ? "" : " is-context"}`,
      cx: axisX,
      cy,
      r: on ? DOT_R : 3.5,
      tip: `${formatDate(e.date, locale)}\n${e.title}`,
    });
  }
  const labelled: TimelineGeometry["labels"] = [];
  // Every label exists in every state (hidden when not wanted), so states cross-fade.
  const allLabels = [
    ...events.map((e) => ({ key: `label-${e.id}`, event: e, text: e.title, cat: false })),
    ...[...new Set(events.map((e) => e.category))].map((c) => ({
      key: `cat-${c}`,
      event: events.find((ev) => ev.category === c)!,
      text: t(`category.${c}`),
      cat: true,
    })),
  ];
  for (const l of allLabels) {
    const at = labelAt.get(l.key);
    const cy = r1(y(time(l.event.date)));
    const topY = at ? at.top : cy - LABEL_SIZE * 0.7;
    const lines = at ? at.lines : wrapText(l.text, labelW, LABEL_SIZE, { bold: l.cat, maxLines: 2 });
    const firstMid = r1(topY + LABEL_SIZE * 0.7);
    leaders.push({
      type: "path",
      key: `leader-${l.key}`,
      cls: `leader ${colour(l.event.category)}`,
      d: `M${axisX + DOT_R + 2},${cy}H${axisX + 12}L${labelX - 8},${firstMid}H${labelX - 3}`,
      off: !at,
    });
    texts.push({
      type: "text",
      key: l.key,
      cls: l.cat ? "label label--strong label--small" : "label label--small",
      x: labelX,
      y: r1(topY + LABEL_SIZE),
      lines,
      anchor: "start",
      lineHeight: LINE,
      off: !at,
    });
    if (at) labelled.push({ key: l.key, top: at.top, lines });
  }

  return {
    width,
    height,
    marks: [...marks, ...leaders, ...dots, ...texts],
    yDomain: [isoDay(start), isoDay(end)],
    yTicks: ticks.map(isoDay),
    labels: labelled,
    shortened,
  };
}

export const timelineKind: ChartKind<Selection, State, TimelineInput> = {
  schema,
  input(spec, data) {
    for (const [name, view] of Object.entries(spec.states)) {
      for (const thread of view.highlight) {
        if (!spec.threads.includes(thread)) {
          throw specError(
            spec,
            `states.${name}.highlight`,
            thread,
            `not one of the chart's threads (${spec.threads.join(", ")})`,
          );
        }
      }
    }
    return {
      id: spec.id,
      states: statesOf(spec),
      threads: spec.threads,
      events: data.events
        .filter((e) => spec.threads.includes(e.category))
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => ({ id: e.id, date: e.date, category: e.category, title: e.title })),
    };
  },
  layout: timelineChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings, locale);
    const date = (d: string) => formatDate(d, locale);
    const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
    const intro = t("desc.intro", {
      n: events.length,
      count: events.length,
      from: date(events[0]!.date),
      to: date(events[events.length - 1]!.date),
    });
    return {
      title: t("title"),
      unit: t("unit"),
      source: common("source", { source: t("source") }),
      takeaway: t("takeaway"),
      sourceHref: "#sources",
      notes: t("notes"),
      descriptions: describeStates(input, (view) => {
        if (view.label === "threads") return `${intro} ${t("desc.threads")}`;
        const list = semicolonList(
          strings,
          events
            .filter((e) => view.highlight.includes(e.category))
            .map((e) => labelled(strings, formatDate(e.date, locale, "short"), e.title)),
        );
        return `${intro} ${t("desc.highlight", {
          threads: view.highlight.map((c) => t(`category.${c}`)).join(", "),
          events: list,
        })}`;
      }),
    };
  },
  table(input, { strings, locale }) {
    const { t } = chartStrings(input.id, strings);
    return {
      columns: [{ label: t("table.date") }, { label: t("table.event") }, { label: t("table.thread") }],
      rows: [...input.events]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => [
          formatDate(e.date, locale, "short"),
          { text: e.title, href: `#source-${e.id}` },
          t(`category.${e.category}`),
        ]),
    };
  },
};
