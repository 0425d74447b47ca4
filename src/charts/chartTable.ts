import { formatDate, formatMonth, formatNumber } from "../i18n/format";
import { violenceTypes } from "./beforeAfterCoup";
import type { ChartInputs } from "./chartInputs";
import { chartString } from "./chartString";
import type { ChartId } from "./registry";

export type TableCell = string | { text: string; href: string };

/** A chart's data as a table: what "Show the data" opens. Blank stays blank, never 0. */
export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function chartTable<K extends ChartId>(
  id: K,
  input: ChartInputs[K],
  strings: Record<string, string>,
  locale: string,
): ChartTable {
  const t = (key: string, vars?: Record<string, string | number>) =>
    chartString(strings, `chart.${id}.${key}`, vars);
  const about = (value: string) => chartString(strings, "chart.common.about", { value });
  const num = (v: number | null) => (v === null ? "" : formatNumber(v, locale));
  switch (id) {
    case "monthly-deaths": {
      const d = input as ChartInputs["monthly-deaths"];
      return {
        columns: [
          { label: t("table.month") },
          ...violenceTypes.map((type) => ({ label: t(`short.${type}`), numeric: true })),
          { label: t("table.note") },
        ],
        rows: d.months.map((m) => [
          formatMonth(m.month, locale),
          ...violenceTypes.map((type) => num(m[type])),
          m.preliminary ? t("preliminary") : "",
        ]),
      };
    }
    case "yearly-deaths": {
      const d = input as ChartInputs["yearly-deaths"];
      return {
        columns: [{ label: t("table.year") }, { label: t("table.deaths"), numeric: true }],
        rows: d.years.map((y) => [String(y.year), num(y.deaths)]),
      };
    }
    case "kandadji-toll": {
      const d = input as ChartInputs["kandadji-toll"];
      return {
        columns: [
          { label: t("table.who") },
          { label: t("table.count"), numeric: true },
          { label: t("table.status") },
        ],
        rows: [
          ...d.parts.map((p) => [t(`table.part.${p.key}`), num(p.value), t("table.official")]),
          [
            t("table.attackers"),
            d.claim.approx ? about(num(d.claim.value)) : num(d.claim.value),
            chartString(strings, "armyClaim"),
          ],
        ],
      };
    }
    case "deadliest-attacks": {
      const d = input as ChartInputs["deadliest-attacks"];
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
        rows: d.attacks.map((a) => [
          formatDate(a.date, locale, "short"),
          a.name,
          a.region,
          a.atLeast ? t("atLeast", { value: num(a.soldiers) }) : num(a.soldiers),
          num(a.wounded),
          a.claimed ?? "",
          a.sources[0] ? { text: host(a.sources[0]), href: a.sources[0] } : "",
        ]),
      };
    }
    case "foreign-troops": {
      const d = input as ChartInputs["foreign-troops"];
      return {
        columns: [
          { label: t("table.force") },
          { label: t("table.date") },
          { label: t("table.troops"), numeric: true },
          { label: t("table.where") },
          { label: t("table.source") },
        ],
        rows: d.series.flatMap((s) =>
          s.points.map((p) => [
            t(`force.${s.force}`),
            formatDate(p.date, locale, "short"),
            p.approx ? about(num(p.troops)) : num(p.troops),
            p.location,
            { text: p.source, href: p.url },
          ]),
        ),
      };
    }
    case "timeline": {
      const d = input as ChartInputs["timeline"];
      return {
        columns: [{ label: t("table.date") }, { label: t("table.event") }, { label: t("table.thread") }],
        rows: [...d.events]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e) => [
            formatDate(e.date, locale, "short"),
            { text: e.title, href: `#source-${e.id}` },
            t(`category.${e.category}`),
          ]),
      };
    }
  }
}
