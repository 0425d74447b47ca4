import type { z } from "astro/zod";
import type { MonthDeaths } from "../data/conflictDeaths";
import type { DataRole } from "../data/dataConfig";
import type { YearValue, YearlyColumns } from "../data/yearlyTable";
import type { Attack } from "../data/attacks";
import type { TimelineEvent } from "../data/timeline";
import type { TroopFigure } from "../data/troops";
import { DataError } from "../data/DataError";
import { chartString } from "./chartString";
import type { ChartGeometry, ChartOptions } from "./marks";

/**
 * A kind of chart (dots for the toll of one event, a monthly series, …): everything about it in
 * one module, registered in src/charts/registry.ts. A chart of content/charts.json names its
 * kind, the data it shows and its states; the kind turns that into an input (plain JSON, drawn
 * at build time and again in the browser), a layout, words and a data table.
 */
export interface ChartKind<Selection, State, Input extends ChartInputBase<State>> {
  /**
   * The fields of a chart of this kind in content/charts.json: `selection` (which data) and
   * `state` (one view of it). Built with the zod passed in, so that the browser, which only
   * lays charts out, never loads zod.
   */
  schema(zod: Zod): { selection: z.ZodRawShape; state: z.ZodRawShape };
  /** The data files (story.json → data.files) the kind draws from, beyond the timeline. */
  needs?: readonly DataRole[];
  /** The chart's data, picked from the story's data (already read and validated by src/data). */
  input(spec: ChartSpec<Selection, State>, data: ChartData): Input;
  /** Pure layout: the marks of one state at one size. */
  layout(input: Input, opts: ChartOptions): ChartGeometry;
  /** Title, takeaway, unit, source, notes and a description of each state. */
  words(input: Input, ctx: WordsContext): ChartText;
  /** The data behind "Show the data" and the CSV download. */
  table(input: Input, ctx: WordsContext): ChartTable;
}

export type Zod = typeof z;
/** The values a zod shape gives once parsed. */
export type Output<S extends z.ZodRawShape> = z.output<z.ZodObject<S>>;

/** A chart of content/charts.json, validated: its id, kind, data selection and states. */
export type ChartSpec<Selection = unknown, State = unknown> = Selection & {
  /** The id chapters use (`chart: { id, state }`); it also names the chart's strings. */
  id: string;
  /** The file that declares it (content/charts.json), for messages. */
  file: string;
  kind: string;
  /** Licence of the data shown, for embeds and downloads. */
  licence: string;
  /** Height of the plot in the standalone SVG. */
  height: number;
  states: Record<string, State & { height?: number }>;
};

/** What every input carries besides its data: the chart's id (it names its strings) and states. */
export interface ChartInputBase<State> {
  id: string;
  states: Record<string, State>;
}

/** The story's data a chart can show, read and validated by src/data. */
export interface ChartData {
  events: readonly TimelineEvent[];
  attacks: readonly Attack[];
  /** With `approx`: the source gives the figure as approximate ("about", "more than"). */
  troops: readonly (TroopFigure & { approx: boolean })[];
  months: readonly MonthDeaths[];
  /** One value per year from a CSV file of content/data/ (read and checked on demand). */
  yearly(columns: YearlyColumns): readonly YearValue[];
}

/** A step's chart: the chart id and the state it shows. */
export interface ChartView {
  id: string;
  state: string;
}

export interface WordsContext {
  /** Interface strings (content/i18n/<locale>.json). */
  strings: Record<string, string>;
  locale: string;
}

/** The words around a chart: the same in the page (HTML) and in the standalone SVG. */
export interface ChartText {
  title: string;
  /** One line: what the reader should take away. */
  takeaway: string;
  /** What is counted, in which unit. */
  unit: string;
  /** "Source: …". */
  source: string;
  /** Where the sources are listed on the page, if not in the data table. */
  sourceHref?: string;
  notes: string;
  /** Accessible description of each state: what a sighted reader sees. */
  descriptions: Record<string, string>;
}

export type TableCell = string | { text: string; href: string };

/** A chart's data as a table: what "Show the data" opens. Blank stays blank, never 0. */
export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
}

type Vars = Record<string, string | number>;

/** The chart's own strings (`chart.<id>.<key>`) and the shared ones (`chart.common.<key>`). */
export function chartStrings(
  id: string,
  strings: Record<string, string>,
  /** The page's locale: strings with plural forms take the form of `vars.count` in it. */
  locale?: string,
): { t: (key: string, vars?: Vars) => string; common: (key: string, vars?: Vars) => string } {
  return {
    t: (key, vars) => chartString(strings, `chart.${id}.${key}`, vars, locale),
    common: (key, vars) => chartString(strings, `chart.common.${key}`, vars, locale),
  };
}

/** The view of a state, or an error naming the chart and its states. */
export function stateOf<State>(input: ChartInputBase<State>, state: string): State {
  const view = input.states[state];
  if (!view) {
    throw new Error(
      `chart "${input.id}": unknown state "${state}" (known: ${Object.keys(input.states).join(", ")})`,
    );
  }
  return view;
}

/** One description per state, in the order of the states. */
export function describeStates<State>(
  input: ChartInputBase<State>,
  describe: (view: State, name: string) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(input.states).map(([name, view]) => [name, describe(view, name)]));
}

/** An error in content/charts.json, naming the file, the chart, the field and the value. */
export function specError(
  spec: { id: string; file: string },
  field: string,
  value: unknown,
  message: string,
): Error {
  return new DataError({ file: spec.file, where: `chart "${spec.id}"`, field, value }, message);
}

/** The event of timeline.json a chart's field names. */
export function eventOf(
  spec: { id: string; file: string },
  field: string,
  eventId: string,
  events: readonly TimelineEvent[],
): TimelineEvent {
  const e = events.find((x) => x.id === eventId);
  if (!e) throw specError(spec, field, eventId, "no event with this id in content/data/timeline.json");
  return e;
}

/** The states of a spec without their standalone heights (not needed to draw). */
export function statesOf<State>(spec: ChartSpec<unknown, State>): Record<string, State> {
  return Object.fromEntries(
    Object.entries(spec.states).map(([name, { height: _h, ...view }]) => [name, view as State]),
  );
}
