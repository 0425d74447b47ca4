import { z } from "astro/zod";
import type {
  ChartData,
  ChartInputBase,
  ChartSpec,
  ChartTable,
  ChartText,
  ChartView,
} from "../charts/chartKind";
import { chartKind, chartKinds } from "../charts/registry";
import { chartSize, renderChartSvg, type ChartFigure } from "../charts/renderChartSvg";
import { readChartsFile } from "../data/chartsFile";
import { loadMonthlyDeaths } from "../data/conflictDeaths";
import { loadYearlyColumn } from "../data/yearlyTable";
import { storyData } from "../data/storyData";
import { dataFileName } from "../data/dataConfig";
import { isApproximateFigure } from "../data/troops";
import { eventsUpTo } from "./factsAsOf";
import { loadStoryMeta } from "./storyMeta";
import { validate } from "../data/validate";

/** An id chosen by the content: lowercase words joined by hyphens. */
const chartId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "a chart or state id is lowercase words joined by hyphens" });

/** One chart of content/charts.json, for each kind: the common fields and the kind's own. */
const chartSchema = z.discriminatedUnion(
  "kind",
  Object.entries(chartKinds).map(([name, kind]) => {
    const { selection, state } = kind.schema(z);
    return z.strictObject({
      /** Which kind of chart (src/charts/registry.ts). */
      kind: z.literal(name),
      /** Licence line of the data shown, for downloads and embeds: the string embed.licence.<this>. */
      licence: z
        .string()
        .regex(/^[a-z0-9-]+$/, { error: "licence must be a lowercase id (its text is embed.licence.<id>)" }),
      /** Height of the plot in the standalone SVG (the step's static image), in SVG units. */
      height: z.number().positive(),
      ...selection,
      /** The states a step may show, by id: each one view of the same data. */
      states: z
        .record(
          chartId,
          z.strictObject({
            /** Height of the plot in this state's standalone SVG, if not the chart's. */
            height: z.number().positive().optional(),
            ...state,
          }),
        )
        .refine((s) => Object.keys(s).length > 0, { error: "a chart needs at least one state" }),
    });
  }) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/** `content/charts.json`: the story's charts by id (the ids chapters use). */
const chartsFileSchema = z.strictObject({
  /** The charts, by id; a step shows one as `chart: { id, state }`. */
  charts: z.record(chartId, chartSchema),
});

let loaded: { file: string; specs: Map<string, ChartSpec> } | undefined;
function load(): { file: string; specs: Map<string, ChartSpec> } {
  if (!loaded) {
    const { data, file } = readChartsFile();
    const parsed = validate(chartsFileSchema, data, { file }) as { charts: Record<string, object> };
    const specs = new Map(
      Object.entries(parsed.charts).map(([id, spec]) => [id, { ...spec, id, file } as ChartSpec]),
    );
    loaded = { file, specs };
  }
  return loaded;
}

/** The charts of content/charts.json, validated, in the order of the file. */
export function chartSpecs(): ReadonlyMap<string, ChartSpec> {
  return load().specs;
}

/** The states of each chart, by chart id: what a chapter's `chart: { id, state }` may name. */
export function chartStates(): ReadonlyMap<string, readonly string[]> {
  return new Map([...chartSpecs()].map(([id, spec]) => [id, Object.keys(spec.states)]));
}

/** A chart of content/charts.json, or an error naming the file and the known ids. */
export function chartSpec(id: string): ChartSpec {
  const { file, specs } = load();
  const spec = specs.get(id);
  if (!spec) throw new Error(`${file}: no chart "${id}" (known: ${[...specs.keys()].join(", ")})`);
  return spec;
}

const chartDataByLocale = new Map<string, ChartData>();
/**
 * The story's data the charts draw from in the edition `locale` (the same figures in every
 * edition, its names and titles), read once per build by src/data.
 */
function chartData(locale: string): ChartData {
  let data = chartDataByLocale.get(locale);
  if (!data) {
    const story = storyData(locale);
    // Charts count only what the page says its facts are verified to (story.json factsAsOf).
    const { factsAsOf } = loadStoryMeta(locale);
    data = {
      events: eventsUpTo(story.timeline.events, factsAsOf),
      attacks: eventsUpTo(story.attacks, factsAsOf),
      troops: eventsUpTo(story.troops, factsAsOf).map((t) => ({
        ...t,
        approx: isApproximateFigure(t),
      })),
      months: loadMonthlyDeaths(),
      // Each row's dataset version in the edition's words (data.json → versions).
      yearly: (cols) =>
        loadYearlyColumn(cols).map((r) =>
          r.version === null ? r : { ...r, version: story.versionWords?.[r.version] ?? r.version },
        ),
    };
    chartDataByLocale.set(locale, data);
  }
  return data;
}

const inputs = new Map<string, ChartInputBase<unknown>>();

/** A chart's input in the edition `locale`: its data picked by its kind (plain JSON, also sent to the browser). */
export function chartInput(id: string, locale: string): ChartInputBase<unknown> {
  let input = inputs.get(`${locale}:${id}`);
  if (!input) {
    const spec = chartSpec(id);
    const kind = chartKind(spec.kind);
    // A chart drawn from a data file the story does not declare stops the build, named.
    kind.needs?.forEach((role) => dataFileName(role, `chart "${id}" of ${spec.file}`));
    input = kind.input(spec, chartData(locale));
    inputs.set(`${locale}:${id}`, input);
  }
  return input;
}

/** A chart's words: title, takeaway, unit, source, notes and a description per state. */
export function chartWords(id: string, strings: Record<string, string>, locale: string): ChartText {
  return chartKind(chartSpec(id).kind).words(chartInput(id, locale), { strings, locale });
}

/** A chart's data table. */
export function chartTable(id: string, strings: Record<string, string>, locale: string): ChartTable {
  return chartKind(chartSpec(id).kind).table(chartInput(id, locale), { strings, locale });
}

/** A step's chart, ready to draw (kind, input, state, standalone plot height). */
export function chartFigure(view: ChartView, locale: string): ChartFigure {
  const spec = chartSpec(view.id);
  const state = spec.states[view.state];
  if (!state) {
    throw new Error(
      `chart "${view.id}": unknown state "${view.state}" (known: ${Object.keys(spec.states).join(", ")})`,
    );
  }
  return {
    kind: spec.kind,
    input: chartInput(view.id, locale),
    state: view.state,
    plotHeight: state.height ?? spec.height,
  };
}

/** The standalone SVG of a step's chart. */
export function chartSvg(
  view: ChartView,
  opts: { locale: string; strings: Record<string, string>; description: string },
): string {
  return renderChartSvg(chartFigure(view, opts.locale), opts);
}

/** Size of the standalone SVG of a step's chart. */
export function chartSvgSize(
  view: ChartView,
  strings: Record<string, string>,
  locale: string,
): { width: number; height: number } {
  return chartSize(chartFigure(view, locale), strings, locale);
}
