import { formatDate, formatMonth, formatNumber } from "../i18n/format";
import { beforeAfterCoup, violenceTypes } from "./beforeAfterCoup";
import type { ChartInputs } from "./chartInputs";
import { chartString } from "./chartString";
import { chartStates, type ChartId } from "./registry";
import { timelineHighlights } from "./timelineChart";

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

type Vars = Record<string, string | number>;

/**
 * Title, takeaway, unit, source, notes and per-state descriptions of a chart, from the interface
 * strings (content/i18n) and the chart's data. Every number in them is computed from the data.
 */
export function chartText<K extends ChartId>(
  id: K,
  input: ChartInputs[K],
  strings: Record<string, string>,
  locale: string,
): ChartText {
  const t = (key: string, vars?: Vars) => chartString(strings, `chart.${id}.${key}`, vars);
  const common = (key: string, vars?: Vars) => chartString(strings, `chart.common.${key}`, vars);
  const num = (v: number, digits = 0) => formatNumber(v, locale, { maximumFractionDigits: digits });
  const date = (d: string) => formatDate(d, locale);
  const base = (vars: { title?: Vars; source?: Vars } = {}) => ({
    title: t("title", vars.title),
    unit: t("unit"),
    source: common("source", { source: t("source", vars.source) }),
  });
  const states = chartStates[id] as readonly string[];
  const describe = (fn: (state: string) => string) => Object.fromEntries(states.map((s) => [s, fn(s)]));

  switch (id) {
    case "monthly-deaths": {
      const d = input as ChartInputs["monthly-deaths"];
      const cmp = beforeAfterCoup(d.months, d.coupDate);
      const months = d.months.map((m) => m.month).sort();
      const nsFrom = d.months.find((m) => m.ns !== null)?.month;
      const prelimFrom = d.months.find((m) => m.preliminary)?.month;
      const avg = (v: number | null) => (v === null ? t("notRecordedShort") : num(v, v < 10 ? 1 : 0));
      const notes = [
        nsFrom ? t("notes.nonState", { month: formatMonth(nsFrom, locale) }) : "",
        prelimFrom ? t("notes.preliminary", { month: formatMonth(prelimFrom, locale) }) : "",
        t("notes.conservative"),
        t("notes.periods", {
          beforeFrom: formatMonth(cmp.before.from, locale),
          beforeTo: formatMonth(cmp.before.to, locale),
          afterFrom: formatMonth(cmp.after.from, locale),
          afterTo: formatMonth(cmp.after.to, locale),
          coup: date(d.coupDate),
        }),
      ].filter(Boolean);
      const span = {
        from: formatMonth(months[0]!, locale),
        to: formatMonth(months[months.length - 1]!, locale),
      };
      return {
        ...base(),
        takeaway: t("takeaway", {
          n: cmp.after.months,
          after: avg(cmp.after.total),
          before: avg(cmp.before.total),
        }),
        notes: notes.join(" "),
        descriptions: describe((s) => {
          if (s === "before-after") {
            const parts = violenceTypes.map((type) =>
              t("desc.pair", {
                type: t(`type.${type}`),
                before: avg(cmp.before.avg[type]),
                after: avg(cmp.after.avg[type]),
              }),
            );
            return t("desc.before-after", { n: cmp.after.months, pairs: parts.join("; ") });
          }
          const since = /^since-(\d{4})$/.exec(s);
          const from = since ? formatMonth(`${since[1]}-01`, locale) : span.from;
          return t("desc.series", {
            from,
            to: span.to,
            coup: date(d.coupDate),
            nsFrom: nsFrom ? formatMonth(nsFrom, locale) : "",
            prelimFrom: prelimFrom ? formatMonth(prelimFrom, locale) : "",
          });
        }),
      };
    }
    case "yearly-deaths": {
      const d = input as ChartInputs["yearly-deaths"];
      const years = [...d.years].sort((a, b) => a.year - b.year);
      const peak = years.reduce((a, b) => (b.deaths > a.deaths ? b : a));
      const last = years[years.length - 1]!;
      const takeaway = [
        t("takeaway", { maxYear: peak.year, max: num(peak.deaths) }),
        last.year === d.coupYear ? t("takeawayCoupYear", { year: last.year, value: num(last.deaths) }) : "",
      ]
        .filter(Boolean)
        .join(" ");
      return {
        ...base({ source: { version: d.version } }),
        takeaway,
        notes: t("notes", { lastYear: last.year }),
        descriptions: describe(() =>
          t("desc.all", {
            from: years[0]!.year,
            to: last.year,
            maxYear: peak.year,
            max: num(peak.deaths),
            lastYear: last.year,
            last: num(last.deaths),
          }),
        ),
      };
    }
    case "kandadji-toll": {
      const d = input as ChartInputs["kandadji-toll"];
      const part = (key: string) => {
        const p = d.parts.find((x) => x.key === key);
        if (!p) throw new Error(`kandadji-toll: no part "${key}" in the breakdown of the toll`);
        return num(p.value);
      };
      const vars = {
        total: num(d.total),
        combat: part("in-combat"),
        accident: part("road-accident-while-responding"),
        claim: d.claim.approx ? common("about", { value: num(d.claim.value) }) : num(d.claim.value),
      };
      return {
        ...base({
          title: vars,
          source: { date: date(d.date), publishers: d.publishers.slice(0, 3).join(", ") },
        }),
        takeaway: t("takeaway", vars),
        sourceHref: `#source-${d.eventId}`,
        notes: t("notes"),
        descriptions: describe((s) =>
          s === "claim" ? `${t("desc.deaths", vars)} ${t("desc.claim", vars)}` : t("desc.deaths", vars),
        ),
      };
    }
    case "deadliest-attacks": {
      const d = input as ChartInputs["deadliest-attacks"];
      const attacks = [...d.attacks].sort((a, b) => a.date.localeCompare(b.date));
      const top = attacks.reduce((a, b) => (b.soldiers > a.soldiers ? b : a));
      const figure = (a: (typeof attacks)[number]) =>
        a.atLeast ? t("atLeast", { value: num(a.soldiers) }) : num(a.soldiers);
      return {
        ...base(),
        takeaway: t("takeaway", { name: top.name, date: date(top.date), value: figure(top) }),
        sourceHref: "#sources",
        notes: t("notes"),
        descriptions: describe(() =>
          t("desc.all", {
            n: attacks.length,
            from: date(attacks[0]!.date),
            to: date(attacks[attacks.length - 1]!.date),
            list: attacks.map((a) => `${a.name}, ${date(a.date)}: ${figure(a)}`).join("; "),
          }),
        ),
      };
    }
    case "foreign-troops": {
      const d = input as ChartInputs["foreign-troops"];
      const series = (force: string) => {
        const s = d.series.find((x) => x.force === force);
        if (!s?.points.length) throw new Error(`foreign-troops: no figures for ${force}`);
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
        });
      };
      const lastDate = (force: string) => date(series(force)[series(force).length - 1]!.date);
      return {
        ...base(),
        takeaway: t("takeaway", { france: lastDate("france"), us: lastDate("us") }),
        notes: t("notes"),
        descriptions: describe((s) =>
          s === "both" ? `${sentence("france")} ${sentence("us")}` : sentence(s),
        ),
      };
    }
    case "timeline": {
      const d = input as ChartInputs["timeline"];
      const events = [...d.events].sort((a, b) => a.date.localeCompare(b.date));
      const intro = t("desc.intro", {
        n: events.length,
        from: date(events[0]!.date),
        to: date(events[events.length - 1]!.date),
      });
      return {
        ...base(),
        takeaway: t("takeaway"),
        sourceHref: "#sources",
        notes: t("notes"),
        descriptions: describe((s) => {
          if (s === "all") return `${intro} ${t("desc.all")}`;
          const cats = timelineHighlights[s] ?? [];
          const list = events
            .filter((e) => cats.includes(e.category))
            .map((e) => `${formatDate(e.date, locale, "short")}: ${e.title}`)
            .join("; ");
          return `${intro} ${t("desc.highlight", {
            threads: cats.map((c) => t(`category.${c}`)).join(", "),
            events: list,
          })}`;
        }),
      };
    }
  }
}
