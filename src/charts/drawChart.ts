import type { ChartInputs } from "./chartInputs";
import { deadliestAttacksChart } from "./deadliestAttacksChart";
import { foreignTroopsChart } from "./foreignTroopsChart";
import { kandadjiTollChart } from "./kandadjiTollChart";
import type { ChartGeometry, ChartOptions } from "./marks";
import { monthlyDeathsChart } from "./monthlyDeathsChart";
import type { ChartId } from "./registry";
import { timelineChart } from "./timelineChart";
import { yearlyDeathsChart } from "./yearlyDeathsChart";

const charts: { [K in ChartId]: (input: ChartInputs[K], opts: ChartOptions) => ChartGeometry } = {
  "monthly-deaths": monthlyDeathsChart,
  "yearly-deaths": yearlyDeathsChart,
  "kandadji-toll": kandadjiTollChart,
  "deadliest-attacks": deadliestAttacksChart,
  "foreign-troops": foreignTroopsChart,
  timeline: timelineChart,
};

/** Lays out any chart by id: the one entry point shared by the build and the browser. */
export function drawChart<K extends ChartId>(
  id: K,
  input: ChartInputs[K],
  opts: ChartOptions,
): ChartGeometry {
  return charts[id](input, opts);
}
