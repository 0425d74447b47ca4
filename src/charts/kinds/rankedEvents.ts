import { labelled, semicolonList } from "../../i18n/punctuation";
import { scaleLinear } from "d3-scale";
import { slugify } from "../../data/slugify";
import { formatDate, formatNumber } from "../../i18n/format";
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
import { textWidth } from "../textWidth";
import { wrapText } from "../wrapText";

/** The fields of a `ranked-events` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** The attacks (attacks.csv) on or after this event of timeline.json are shown. */
    since: z.string().min(1),
    /** Label of the timeline figure that qualifies a toll ("at least") and breaks it down. */
    toll: z.string().min(1),
  },
  state: {},
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

export interface AttackRow {
  id: string;
  date: string;
  name: string;
  region: string;
  /** Soldiers killed, official figure. */
  soldiers: number;
  /** The official figure is a minimum ("at least"). */
  atLeast: boolean;
  /** Breakdown of the soldiers killed, when the sources give one (slug keys). */
  parts: { key: string; value: number }[] | null;
  wounded: number | null;
  /** Attackers killed as claimed, in the data's words, which say who claims it; never a verified number. */
  claimed: string | null;
  sources: string[];
}

export interface RankedEventsInput extends ChartInputBase<State> {
  attacks: AttackRow[];
}

export const LABEL_SIZE = 14;
const ROW = 18;
const BAR_H = 20;

export interface RankedEventsGeometry extends ChartGeometry {
  /** One row per attack, in date order. */
  rows: { id: string; top: number; barY: number; width: number; value: string; extra: string }[];
  xDomain: [number, number];
}

/**
 * The attacks of attacks.csv since an event as horizontal bars of soldiers killed (official
 * figures), one row per attack in date order, each labelled with its place and date and with its
 * figure written at the bar's end ("at least" where the source says so). When the sources break a
 * toll down (killed in combat and in an accident, say), the bar is split and a note after the
 * figure says so.
 */
export function rankedEventsChart(input: RankedEventsInput, opts: ChartOptions): RankedEventsGeometry {
  const { width, height, locale, strings, state } = opts;
  stateOf(input, state);
  const { t } = chartStrings(input.id, strings);
  const num = (v: number) => formatNumber(v, locale);
  const attacks = [...input.attacks].sort((a, b) => a.date.localeCompare(b.date));

  // The official figure, written at the bar's end; a breakdown, if any, follows it.
  const values = attacks.map((a) => (a.atLeast ? t("atLeast", { value: num(a.soldiers) }) : num(a.soldiers)));
  const extras = attacks.map((a) =>
    (a.parts ?? [])
      .slice(1)
      .map((p) => t(`part.${p.key}`, { value: num(p.value) }))
      .join(", "),
  );
  const valueW = Math.max(...values.map((v) => textWidth(v, LABEL_SIZE, true)));
  const xMax = width - valueW - 8;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...attacks.map((a) => a.soldiers))])
    .range([0, xMax]);
  // A breakdown goes on the bar's line if it fits there, else on a line of its own.
  const extraInline = attacks.map((a, i) => {
    const used = x(a.soldiers) + 6 + textWidth(values[i]!, LABEL_SIZE, true) + 6;
    return !extras[i] || used + textWidth(extras[i]!, LABEL_SIZE) <= width;
  });
  const labels = attacks.map((a) =>
    wrapText(`${a.name} · ${formatDate(a.date, locale, "short")}`, width, LABEL_SIZE, { bold: true }),
  );
  // Labels keep their size; when many rows share a short graphic, the bars get thinner (never
  // under 6) and the gaps tighter, so that every row stays inside the chart.
  const labelHeights = attacks.map((_, i) => labels[i]!.length * ROW + 4 + (extraInline[i] ? 0 : ROW + 2));
  const minGap = 4;
  const room = height - labelHeights.reduce((a, b) => a + b, 0) - minGap * Math.max(0, attacks.length - 1);
  const barH = Math.max(6, Math.min(BAR_H, Math.floor(room / Math.max(1, attacks.length))));
  const used = labelHeights.reduce((a, b) => a + b, 0) + barH * attacks.length;
  const gap = attacks.length > 1 ? Math.max(minGap, Math.min(30, (height - used) / (attacks.length - 1))) : 0;
  const total = used + gap * (attacks.length - 1);
  let y = Math.max(0, (height - total) / 2);

  const marks: Mark[] = [];
  const texts: Mark[] = [];
  const rows: RankedEventsGeometry["rows"] = [];
  attacks.forEach((a, i) => {
    const top = y;
    const lines = labels[i]!;
    texts.push({
      type: "text",
      key: `name-${a.id}`,
      cls: "label label--strong",
      x: 0,
      y: r1(y + LABEL_SIZE),
      lines,
      anchor: "start",
      lineHeight: ROW,
    });
    y += lines.length * ROW + 4;
    const barY = r1(y);
    const tip = [
      `${a.name}, ${formatDate(a.date, locale)}`,
      t("tipKilled", { value: extras[i] ? `${values[i]!} (${extras[i]!})` : values[i]! }),
      ...(a.wounded !== null ? [t("tipWounded", { value: num(a.wounded) })] : []),
      t("tipRegion", { region: a.region }),
      // The data's words say whose claim it is; the string adds only that it is unverified.
      ...(a.claimed ? [t("tipClaim", { claim: a.claimed })] : []),
    ].join("\n");
    const segments = a.parts?.length ? a.parts : [{ key: "total", value: a.soldiers }];
    let acc = 0;
    segments.forEach((s, k) => {
      const x0 = r1(x(acc));
      acc += s.value;
      marks.push({
        type: "rect",
        key: `bar-${a.id}-${s.key}`,
        cls: `bar bar--attack${k > 0 ? " bar--part" : ""}`,
        x: x0,
        y: barY,
        width: r1(x(acc) - x0 - (k < segments.length - 1 ? 1 : 0)),
        height: barH,
        ...(k === 0 ? { tip, tipAt: { x: r1(x(a.soldiers) / 2), y: barY } } : {}),
      });
    });
    const valueX = r1(x(a.soldiers) + 6);
    const midY = r1(barY + barH / 2 + LABEL_SIZE * 0.35);
    texts.push({
      type: "text",
      key: `value-${a.id}`,
      cls: "value-label",
      x: valueX,
      y: midY,
      lines: [values[i]!],
      anchor: "start",
    });
    if (extras[i]) {
      texts.push(
        extraInline[i]
          ? {
              type: "text",
              key: `extra-${a.id}`,
              cls: "label part-label",
              x: r1(valueX + textWidth(values[i]!, LABEL_SIZE, true) + 6),
              y: midY,
              lines: [extras[i]!],
              anchor: "start",
            }
          : {
              type: "text",
              key: `extra-${a.id}`,
              cls: "label part-label",
              x: 0,
              y: r1(barY + barH + 2 + LABEL_SIZE),
              lines: [extras[i]!],
              anchor: "start",
            },
      );
    }
    rows.push({
      id: a.id,
      top: r1(top),
      barY,
      width: r1(x(a.soldiers)),
      value: values[i]!,
      extra: extras[i]!,
    });
    y += barH + (extraInline[i] ? 0 : ROW + 2) + gap;
  });
  return { width, height, marks: [...marks, ...texts], rows, xDomain: x.domain() as [number, number] };
}

export const rankedEventsKind: ChartKind<Selection, State, RankedEventsInput> = {
  schema,
  needs: ["incidents"],
  input(spec, data) {
    const since = eventOf(spec, "since", spec.since, data.events);
    const label = spec.toll.toLowerCase();
    const attacks = data.attacks
      .filter((a) => a.date >= since.date && a.soldiers_killed_official !== null)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => {
        const ev = data.events.find((e) => e.id === a.event_id);
        const killed = ev?.figures.find((f) => f.label.toLowerCase() === label) ?? null;
        return {
          id: a.event_id,
          date: a.date,
          name: a.name,
          region: a.region,
          soldiers: a.soldiers_killed_official!,
          atLeast: killed?.bound === "atLeast",
          parts: killed?.breakdown
            ? Object.entries(killed.breakdown).map(([key, value]) => ({ key: slugify(key), value }))
            : null,
          wounded: a.wounded_official,
          claimed: a.attackers_killed_claimed,
          sources: a.sources,
        };
      });
    return { id: spec.id, states: statesOf(spec), attacks };
  },
  layout: rankedEventsChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings, locale);
    const num = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 0 });
    const date = (d: string) => formatDate(d, locale);
    const attacks = [...input.attacks].sort((a, b) => a.date.localeCompare(b.date));
    const top = attacks.reduce((a, b) => (b.soldiers > a.soldiers ? b : a));
    const figure = (a: AttackRow) => (a.atLeast ? t("atLeast", { value: num(a.soldiers) }) : num(a.soldiers));
    return {
      title: t("title"),
      unit: t("unit"),
      source: common("source", { source: t("source") }),
      takeaway: t("takeaway", { name: top.name, date: date(top.date), value: figure(top) }),
      sourceHref: "#sources",
      notes: t("notes"),
      descriptions: describeStates(input, () =>
        t("desc.all", {
          n: attacks.length,
          count: attacks.length,
          from: date(attacks[0]!.date),
          to: date(attacks[attacks.length - 1]!.date),
          list: semicolonList(
            strings,
            attacks.map((a) => labelled(strings, `${a.name}, ${date(a.date)}`, figure(a))),
          ),
        }),
      ),
    };
  },
  table(input, { strings, locale }) {
    const { t } = chartStrings(input.id, strings);
    const num = (v: number | null) => (v === null ? "" : formatNumber(v, locale));
    return {
      columns: [
        { label: t("table.date") },
        { label: t("table.attack") },
        { label: t("table.region") },
        { label: t("table.soldiers"), numeric: true },
        { label: t("table.wounded"), numeric: true },
        { label: t("table.claim") },
        { label: t("table.sources") },
      ],
      rows: input.attacks.map((a) => [
        formatDate(a.date, locale, "short"),
        a.name,
        a.region,
        a.atLeast ? t("atLeast", { value: num(a.soldiers) }) : num(a.soldiers),
        num(a.wounded),
        a.claimed ?? "",
        a.sources[0] ? { text: host(a.sources[0]), href: a.sources[0] } : "",
      ]),
    };
  },
};

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
