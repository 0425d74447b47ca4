import { slugify } from "../../data/slugify";
import type { EventFigure, TimelineEvent } from "../../data/timeline";
import { formatDate, formatNumber } from "../../i18n/format";
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
import { wrapText } from "../wrapText";

/** The fields of an `event-toll` chart in content/charts.json. */
const schema = (z: Zod) => ({
  selection: {
    /** The event of timeline.json whose toll the chart shows. */
    event: z.string().min(1),
    /** Label of the event's figure counted as dots; it needs a breakdown that adds up. */
    toll: z.string().min(1),
    /**
     * Label of the event's figure drawn apart as a claim (hollow dots, not a count); the figure
     * has `claim` in timeline.json.
     */
    claim: z.string().min(1),
  },
  state: {
    /** Show the claim beside the toll. */
    claim: z.boolean().default(false),
  },
});
type Selection = Output<ReturnType<typeof schema>["selection"]>;
type State = Output<ReturnType<typeof schema>["state"]>;

export interface EventTollInput extends ChartInputBase<State> {
  /** Timeline event id, for the source link. */
  eventId: string;
  date: string;
  /** The toll (official). */
  total: number;
  /** The breakdown of the toll, in the order of the data; `key` is a slug of the part's name. */
  parts: { key: string; value: number }[];
  /** The claim (unverified). */
  claim: { value: number; approx: boolean };
  /** Outlets that reported the toll. */
  publishers: string[];
}

export const LABEL_SIZE = 14;
const ROW = 18;
/** Columns of the grid of claimed deaths. */
const CLAIM_COLUMNS = 10;

export interface EventTollGeometry extends ChartGeometry {
  /** Dot radius: one dot is one person, the same size in both blocks. */
  r: number;
  /** Dots per part of the toll, in the order of the data. */
  parts: { key: string; dots: { cx: number; cy: number }[] }[];
  /** Dots of the army's claim (hidden in the "deaths" state). */
  claimDots: { cx: number; cy: number }[];
  layout: "stacked" | "side-by-side";
}

/**
 * The toll of one event as one dot per person, grouped by the parts of its breakdown, with a
 * claim (such as an army's count of attackers killed) set apart as hollow dashed dots ("claimed,
 * not counted"). A state shows the toll alone or adds the claim.
 */
export function eventTollChart(input: EventTollInput, opts: ChartOptions): EventTollGeometry {
  const { width, height, state, locale, strings } = opts;
  const { t, common } = chartStrings(input.id, strings);
  const num = (v: number) => formatNumber(v, locale);
  const showClaim = stateOf(input, state).claim;

  const sideBySide = width >= 560;
  const gutter = sideBySide ? 32 : 0;
  const blockW = sideBySide ? (width - gutter) / 2 : width;

  const heading = wrapText(t("total", { total: num(input.total) }), blockW, LABEL_SIZE, { bold: true });
  const partLabels = input.parts.map((p) =>
    wrapText(t(`part.${p.key}`, { value: num(p.value) }), blockW, LABEL_SIZE),
  );
  const claimValue = input.claim.approx
    ? common("about", { value: num(input.claim.value) })
    : num(input.claim.value);
  const claimHeading = wrapText(t("claim", { value: claimValue }), blockW, LABEL_SIZE, { bold: true });
  const claimTag = wrapText(t("claimTag"), blockW, LABEL_SIZE);
  const claimRows = Math.ceil(input.claim.value / CLAIM_COLUMNS);

  // One pitch (dot spacing) for both blocks, as large as the space allows, at most 24 px.
  const textH = (lines: number) => lines * ROW;
  const soldiersText = textH(heading.length) + 6 + partLabels.reduce((a, l) => a + textH(l.length) + 4, 0);
  const claimText = textH(claimHeading.length + claimTag.length) + 6;
  const perRow = (pitch: number) => Math.max(1, Math.floor(blockW / pitch));
  const soldierRows = (pitch: number) =>
    input.parts.reduce((a, p) => a + Math.ceil(p.value / perRow(pitch)), 0);
  let pitch = Math.min(24, blockW / CLAIM_COLUMNS);
  const fits = (p: number) => {
    const soldiersH = soldiersText + soldierRows(p) * p + (input.parts.length - 1) * 10;
    const claimH = claimText + claimRows * p;
    if (!showClaim) return soldiersH <= height;
    return sideBySide ? Math.max(soldiersH, claimH) <= height : soldiersH + 24 + claimH <= height;
  };
  while (pitch > 8 && !fits(pitch)) pitch -= 0.5;
  const r = r1(Math.max(3, pitch / 2 - 2));

  const soldiersH = soldiersText + soldierRows(pitch) * pitch + (input.parts.length - 1) * 10;
  const claimH = claimText + claimRows * pitch;
  // Without the claim, the soldiers sit in the middle; with it, they move up to make room.
  // Side by side, both blocks start at the same height (the soldiers alone sit in the middle: laid
  // out for the claim too, a short plot left them at its top over a blank band); stacked, the
  // soldiers sit in the middle without the claim and move up to make room for it.
  const sideTop = Math.max(0, (height - (showClaim ? Math.max(soldiersH, claimH) : soldiersH)) / 2);
  const soldiersTop = sideBySide
    ? sideTop
    : !showClaim
      ? Math.max(0, (height - soldiersH) / 2)
      : Math.max(0, (height - soldiersH - 24 - claimH) / 2);
  const claimLeft = sideBySide ? blockW + gutter : 0;
  const claimTop = sideBySide ? sideTop : soldiersTop + soldiersH + 24;

  const marks: Mark[] = [];
  const texts: Mark[] = [];
  const hits: Mark[] = [];
  let yy = soldiersTop;
  texts.push({
    type: "text",
    key: "total",
    cls: "group-label",
    x: 0,
    y: r1(yy + LABEL_SIZE),
    lines: heading,
    anchor: "start",
    lineHeight: ROW,
  });
  yy += textH(heading.length) + 6;
  const parts: EventTollGeometry["parts"] = [];
  input.parts.forEach((p, k) => {
    const lines = partLabels[k]!;
    texts.push({
      type: "text",
      key: `part-label-${p.key}`,
      cls: "label",
      x: 0,
      y: r1(yy + LABEL_SIZE),
      lines,
      anchor: "start",
      lineHeight: ROW,
    });
    const groupTop = yy;
    yy += textH(lines.length) + 4;
    const dots: { cx: number; cy: number }[] = [];
    for (let i = 0; i < p.value; i++) {
      const row = Math.floor(i / perRow(pitch));
      const col = i % perRow(pitch);
      const dot = { cx: r1(col * pitch + pitch / 2), cy: r1(yy + row * pitch + pitch / 2) };
      dots.push(dot);
      marks.push({ type: "circle", key: `dot-${p.key}-${i}`, cls: `dot dot--part${k}`, ...dot, r });
    }
    yy += Math.ceil(p.value / perRow(pitch)) * pitch + 10;
    hits.push({
      type: "rect",
      key: `hit-${p.key}`,
      cls: "hit",
      x: 0,
      y: r1(groupTop),
      width: r1(Math.min(blockW, Math.max(...dots.map((d) => d.cx)) + pitch / 2)),
      height: r1(yy - 10 - groupTop),
      tip: lines.join(" "),
      tipAt: { x: dots[0]!.cx, y: r1(dots[0]!.cy - r) },
    });
    parts.push({ key: p.key, dots });
  });

  // The claim, apart: hollow dashed dots, labelled as the army's unverified claim.
  const claimDots: { cx: number; cy: number }[] = [];
  let cy = claimTop;
  if (!sideBySide) {
    marks.push({
      type: "path",
      key: "claim-rule",
      cls: "separator",
      d: `M0,${r1(claimTop - 12)}H${r1(width)}`,
      off: !showClaim,
    });
  }
  texts.push({
    type: "text",
    key: "claim-heading",
    cls: "group-label",
    x: r1(claimLeft),
    y: r1(cy + LABEL_SIZE),
    lines: claimHeading,
    anchor: "start",
    lineHeight: ROW,
    off: !showClaim,
  });
  cy += textH(claimHeading.length);
  texts.push({
    type: "text",
    key: "claim-tag",
    cls: "claim-tag",
    x: r1(claimLeft),
    y: r1(cy + LABEL_SIZE),
    lines: claimTag,
    anchor: "start",
    lineHeight: ROW,
    off: !showClaim,
  });
  cy += textH(claimTag.length) + 6;
  for (let i = 0; i < input.claim.value; i++) {
    const dot = {
      cx: r1(claimLeft + (i % CLAIM_COLUMNS) * pitch + pitch / 2),
      cy: r1(cy + Math.floor(i / CLAIM_COLUMNS) * pitch + pitch / 2),
    };
    claimDots.push(dot);
    marks.push({ type: "circle", key: `claim-${i}`, cls: "dot dot--claim", ...dot, r, off: !showClaim });
  }
  hits.push({
    type: "rect",
    key: "hit-claim",
    cls: "hit",
    x: r1(claimLeft),
    y: r1(claimTop),
    width: r1(Math.min(blockW, CLAIM_COLUMNS * pitch)),
    height: r1(claimH),
    off: !showClaim,
    tip: [...claimHeading, ...claimTag].join(" "),
    tipAt: { x: r1(claimLeft + pitch / 2), y: r1(claimTop) },
  });

  return {
    width,
    height,
    marks: [...marks, ...texts, ...hits],
    r,
    parts,
    claimDots,
    layout: sideBySide ? "side-by-side" : "stacked",
  };
}

/** The figure of an event with this label (case-insensitive), or an error naming the field. */
function figureOf(
  spec: { id: string; file: string },
  field: string,
  label: string,
  e: TimelineEvent,
): EventFigure {
  const f = e.figures.find((x) => x.label.toLowerCase() === label.toLowerCase());
  if (!f) {
    throw specError(
      spec,
      field,
      label,
      `event "${e.id}" has no figure with this label (it has: ${e.figures.map((x) => x.label).join("; ")})`,
    );
  }
  return f;
}

/** A part's key as a placeholder name: "in-combat" → {inCombat}. */
const varName = (key: string) => key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export const eventTollKind: ChartKind<Selection, State, EventTollInput> = {
  schema,
  needs: ["incidents"],
  input(spec, data) {
    const e = eventOf(spec, "event", spec.event, data.events);
    const killed = figureOf(spec, "toll", spec.toll, e);
    const claim = figureOf(spec, "claim", spec.claim, e);
    // Drawn as "claimed, not counted": the data must say the figure is someone's claim.
    if (!claim.claim)
      throw specError(
        spec,
        "claim",
        spec.claim,
        `event "${e.id}": the figure is not a claim (it has no "claim" in the timeline data)`,
      );
    if (!killed.breakdown)
      throw specError(spec, "toll", spec.toll, `event "${e.id}": the figure has no breakdown`);
    const parts = Object.entries(killed.breakdown).map(([key, value]) => ({ key: slugify(key), value }));
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum !== killed.value) {
      throw new Error(
        `content/data/timeline.json, event "${e.id}", figure "${killed.label}": the breakdown adds up to ${sum}, not ${killed.value}`,
      );
    }
    // A claim the source bounds ("about", "more than") is printed as approximate.
    const approx = claim.bound === "about" || claim.bound === "moreThan";
    return {
      id: spec.id,
      states: statesOf(spec),
      eventId: e.id,
      date: e.date,
      total: killed.value,
      parts,
      claim: { value: claim.value, approx },
      publishers: [...new Set(e.sources.map((s) => s.publisher))],
    };
  },
  layout: eventTollChart,
  words(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings);
    const num = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 0 });
    // Each part of the breakdown is a placeholder named after it: {inCombat}, {roadAccident…}.
    const vars = {
      total: num(input.total),
      ...Object.fromEntries(input.parts.map((p) => [varName(p.key), num(p.value)])),
      claim: input.claim.approx ? common("about", { value: num(input.claim.value) }) : num(input.claim.value),
    };
    return {
      title: t("title", vars),
      unit: t("unit"),
      source: common("source", {
        source: t("source", {
          date: formatDate(input.date, locale),
          publishers: input.publishers.slice(0, 3).join(", "),
        }),
      }),
      takeaway: t("takeaway", vars),
      sourceHref: `#source-${input.eventId}`,
      notes: t("notes"),
      descriptions: describeStates(input, (view) =>
        view.claim ? `${t("desc.deaths", vars)} ${t("desc.claim", vars)}` : t("desc.deaths", vars),
      ),
    };
  },
  table(input, { strings, locale }) {
    const { t, common } = chartStrings(input.id, strings);
    const num = (v: number) => formatNumber(v, locale);
    return {
      columns: [
        { label: t("table.who") },
        { label: t("table.count"), numeric: true },
        { label: t("table.status") },
      ],
      rows: [
        ...input.parts.map((p) => [t(`table.part.${p.key}`), num(p.value), t("table.official")]),
        [
          t("table.attackers"),
          input.claim.approx ? common("about", { value: num(input.claim.value) }) : num(input.claim.value),
          t("claimTag"),
        ],
      ],
    };
  },
};
