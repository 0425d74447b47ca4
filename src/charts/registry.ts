import type { ChartInputBase, ChartKind } from "./chartKind";
import { eventTollKind } from "./kinds/eventToll";
import { monthlySeriesKind } from "./kinds/monthlySeries";
import { rankedEventsKind } from "./kinds/rankedEvents";
import { timelineKind } from "./kinds/timeline";
import { troopLevelsKind } from "./kinds/troopLevels";
import { yearlySeriesKind } from "./kinds/yearlySeries";

/** Any chart kind, whatever its data (each module checks its own). */
export type AnyChartKind = ChartKind<unknown, unknown, ChartInputBase<unknown>>;

/**
 * The kinds of chart content/charts.json can declare, by name. Adding a kind is one module in
 * src/charts/kinds/ and one line here.
 */
export const chartKinds: Record<string, AnyChartKind> = {
  /** The toll of one event as one dot per person, and a claim set apart. */
  "event-toll": eventTollKind,
  /** Deaths per month by type of violence, in panels, with a marker event. */
  "monthly-series": monthlySeriesKind,
  /** One value per year from a CSV file (content/charts.json names file and column), as bars. */
  "yearly-series": yearlySeriesKind,
  /** Attacks since an event, as bars of their tolls. */
  "ranked-events": rankedEventsKind,
  /** Troop levels of foreign forces, as reported. */
  "troop-levels": troopLevelsKind,
  /** Dated events on a vertical axis, by thread. */
  timeline: timelineKind,
};

/** The kind of a chart, or an error naming the known kinds. */
export function chartKind(name: string): AnyChartKind {
  const kind = chartKinds[name];
  if (!kind) throw new Error(`unknown chart kind "${name}" (known: ${Object.keys(chartKinds).join(", ")})`);
  return kind;
}
