import { formatNumber } from "../i18n/format";
import type { KandadjiTollInput } from "./chartInputs";
import { chartString } from "./chartString";
import { r1, type ChartGeometry, type ChartOptions, type Mark } from "./marks";
import { wrapText } from "./wrapText";

export const LABEL_SIZE = 14;
const ROW = 18;
/** Columns of the grid of claimed deaths. */
const CLAIM_COLUMNS = 10;

export interface KandadjiTollGeometry extends ChartGeometry {
  /** Dot radius: one dot is one person, the same size in both blocks. */
  r: number;
  /** Dots per part of the toll, in the order of the data. */
  parts: { key: string; dots: { cx: number; cy: number }[] }[];
  /** Dots of the army's claim (hidden in the "deaths" state). */
  claimDots: { cx: number; cy: number }[];
  layout: "stacked" | "side-by-side";
}

/**
 * The Kandadji toll as one dot per soldier, grouped by how each died, with the army's claim of
 * attackers killed set apart as hollow dashed dots ("claimed, not counted"). State "deaths" shows
 * the soldiers only; "claim" adds the claim.
 */
export function kandadjiTollChart(input: KandadjiTollInput, opts: ChartOptions): KandadjiTollGeometry {
  const { width, height, state, locale, strings } = opts;
  if (state !== "deaths" && state !== "claim") throw new Error(`kandadji-toll: unknown state "${state}"`);
  const t = (key: string, vars?: Record<string, string | number>) =>
    chartString(strings, `chart.kandadji-toll.${key}`, vars);
  const num = (v: number) => formatNumber(v, locale);
  const showClaim = state === "claim";

  const sideBySide = width >= 560;
  const gutter = sideBySide ? 32 : 0;
  const blockW = sideBySide ? (width - gutter) / 2 : width;

  const heading = wrapText(t("total", { total: num(input.total) }), blockW, LABEL_SIZE, { bold: true });
  const partLabels = input.parts.map((p) =>
    wrapText(t(`part.${p.key}`, { value: num(p.value) }), blockW, LABEL_SIZE),
  );
  const claimValue = input.claim.approx
    ? chartString(strings, "chart.common.about", { value: num(input.claim.value) })
    : num(input.claim.value);
  const claimHeading = wrapText(t("claim", { value: claimValue }), blockW, LABEL_SIZE, { bold: true });
  const claimTag = wrapText(chartString(strings, "armyClaim"), blockW, LABEL_SIZE);
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
  // Side by side, both blocks start at the same height; stacked, the soldiers sit in the middle
  // without the claim and move up to make room for it.
  const sideTop = Math.max(0, (height - Math.max(soldiersH, claimH)) / 2);
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
  const parts: KandadjiTollGeometry["parts"] = [];
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
