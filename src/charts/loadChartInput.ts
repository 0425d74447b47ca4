import { loadMonthlyDeaths, loadYearlyDeaths } from "../data/conflictDeaths";
import { slugify } from "../data/geo";
import { storyData } from "../data/storyData";
import type { TimelineEvent } from "../data/timeline";
import type { ChartInputs } from "./chartInputs";
import { monthlySeries } from "./monthlySeries";
import type { ChartId } from "./registry";
import { troopTotals } from "./troopTotals";

/** The monthly chart starts here: the years before 2012 are almost all zero in this source. */
export const MONTHLY_FROM = "2012-01";

function event(events: readonly TimelineEvent[], predicate: (e: TimelineEvent) => boolean, what: string) {
  const e = events.find(predicate);
  if (!e) throw new Error(`content/data/timeline.json: no ${what} event (needed by the charts)`);
  return e;
}

function figure(e: TimelineEvent, pattern: RegExp) {
  return e.figures.find((f) => pattern.test(f.label)) ?? null;
}

const loaders: { [K in ChartId]: () => ChartInputs[K] } = {
  "monthly-deaths": () => {
    const coup = event(storyData().timeline.events, (e) => e.category === "coup", "coup");
    return { months: monthlySeries(loadMonthlyDeaths(), MONTHLY_FROM), coupDate: coup.date };
  },
  "yearly-deaths": () => {
    const rows = loadYearlyDeaths().sort((a, b) => a.year - b.year);
    const coup = event(storyData().timeline.events, (e) => e.category === "coup", "coup");
    const versions = [...new Set(rows.map((r) => r.source_version))];
    return {
      years: rows.map((r) => ({ year: r.year, deaths: r.deaths_all_organized_violence })),
      coupYear: Number(coup.date.slice(0, 4)),
      version: versions.join("; "),
    };
  },
  "kandadji-toll": () => {
    const e = event(storyData().timeline.events, (x) => x.id === "kandadji_attack", '"kandadji_attack"');
    const killed = figure(e, /^soldiers killed/i);
    const claim = figure(e, /claim/i);
    if (!killed?.breakdown || !claim) {
      throw new Error(
        'content/data/timeline.json, event "kandadji_attack": the chart needs "soldiers killed" with a breakdown and an army claim',
      );
    }
    const parts = Object.entries(killed.breakdown).map(([key, value]) => ({ key: slugify(key), value }));
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum !== killed.value) {
      throw new Error(
        `content/data/timeline.json, event "kandadji_attack", figure "soldiers killed": the breakdown adds up to ${sum}, not ${killed.value}`,
      );
    }
    const approx =
      claim.approx === true || /about|around|some|roughly|more than|over/i.test(claim.qualifier ?? "");
    return {
      eventId: e.id,
      date: e.date,
      total: killed.value,
      parts,
      claim: { value: claim.value, approx },
      publishers: [...new Set(e.sources.map((s) => s.publisher))],
    };
  },
  "deadliest-attacks": () => {
    const data = storyData();
    const coup = event(data.timeline.events, (e) => e.category === "coup", "coup");
    const attacks = data.attacks
      .filter((a) => a.date >= coup.date && a.soldiers_killed_official !== null)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => {
        const ev = data.timeline.events.find((e) => e.id === a.event_id);
        const killed = ev ? figure(ev, /^soldiers killed/i) : null;
        return {
          id: a.event_id,
          date: a.date,
          name: a.name,
          region: a.region,
          soldiers: a.soldiers_killed_official!,
          atLeast: /at least/i.test(killed?.qualifier ?? ""),
          parts: killed?.breakdown
            ? Object.entries(killed.breakdown).map(([key, value]) => ({ key: slugify(key), value }))
            : null,
          wounded: a.wounded_official,
          claimed: a.attackers_killed_claimed,
          sources: a.sources,
        };
      });
    return { attacks };
  },
  "foreign-troops": () => {
    const data = storyData();
    const coup = event(data.timeline.events, (e) => e.category === "coup", "coup");
    return { series: troopTotals(data.troops, coup.date) };
  },
  timeline: () => ({
    events: [...storyData().timeline.events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({ id: e.id, date: e.date, category: e.category, title: e.title })),
  }),
};

const cache = new Map<ChartId, unknown>();

/** The data of one chart, read from content/data once per build (server only). */
export function loadChartInput<K extends ChartId>(id: K): ChartInputs[K] {
  if (!cache.has(id)) cache.set(id, loaders[id]());
  return cache.get(id) as ChartInputs[K];
}
