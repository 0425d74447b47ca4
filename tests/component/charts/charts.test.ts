import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import type { EventTollInput } from "../../../src/charts/kinds/eventToll";
import type { MonthlySeriesInput } from "../../../src/charts/kinds/monthlySeries";
import type { RankedEventsInput } from "../../../src/charts/kinds/rankedEvents";
import type { TimelineInput } from "../../../src/charts/kinds/timeline";
import type { YearlySeriesInput } from "../../../src/charts/kinds/yearlySeries";
import ChapterCharts from "../../../src/components/ChapterCharts.astro";
import ChapterDataPage from "../../../src/components/ChapterDataPage.astro";
import Chart from "../../../src/components/charts/Chart.astro";
import { chartInput } from "../../../src/story/storyCharts";

const container = await AstroContainer.create();

/** Marks of a class that are shown (no "is-off"). */
function count(html: string, cls: string): number {
  return [...html.matchAll(/class="([^"]*)"/g)].filter(([, c]) => {
    const list = c!.split(" ");
    return list.includes(cls) && !list.includes("is-off");
  }).length;
}

/** The inputs of the story's charts (content/charts.json), as their kinds' types. */
const loadChartInput = <K extends keyof Inputs>(id: K) => chartInput(id, "en") as Inputs[K];
interface Inputs {
  "monthly-deaths": MonthlySeriesInput;
  "yearly-deaths": YearlySeriesInput;
  "kandadji-toll": EventTollInput;
  "deadliest-attacks": RankedEventsInput;
  timeline: TimelineInput;
}

const months = loadChartInput("monthly-deaths").months;
const recorded = (k: "sb" | "os" | "ns") => months.filter((m) => m[k] !== null).length;
const since2022 = months.filter((m) => m.month >= "2022-01");

describe("the chart components, rendered at build time with the real data", () => {
  it.each([
    [
      "monthly-deaths (all): a bar per recorded month and type",
      Chart,
      { id: "monthly-deaths", state: "all" },
      "bar",
      recorded("sb") + recorded("os") + recorded("ns"),
    ],
    [
      "monthly-deaths (all): a readable value per month",
      Chart,
      { id: "monthly-deaths", state: "all" },
      "hit",
      months.length,
    ],
    [
      "monthly-deaths (since-2022): the bars since January 2022",
      Chart,
      { id: "monthly-deaths", state: "since-2022" },
      "bar",
      since2022.length * 3,
    ],
    [
      "monthly-deaths (before-after): two averages per type",
      Chart,
      { id: "monthly-deaths", state: "before-after" },
      "avg",
      6,
    ],
    [
      "yearly-deaths: a bar per year",
      Chart,
      { id: "yearly-deaths", state: "all" },
      "bar",
      loadChartInput("yearly-deaths").years.length,
    ],
    [
      "kandadji-toll (deaths): a dot per soldier",
      Chart,
      { id: "kandadji-toll", state: "deaths" },
      "dot",
      loadChartInput("kandadji-toll").total,
    ],
    [
      "kandadji-toll (claim): and one per claimed attacker",
      Chart,
      { id: "kandadji-toll", state: "claim" },
      "dot",
      loadChartInput("kandadji-toll").total + loadChartInput("kandadji-toll").claim.value,
    ],
    ["deadliest-attacks: a bar segment per attack and part", Chart, { id: "deadliest-attacks" }, "bar", 9],
    [
      "foreign-troops (both): a dot per reported figure",
      Chart,
      { id: "foreign-troops", state: "both" },
      "troop-dot",
      10,
    ],
    [
      "foreign-troops (france): France's figures",
      Chart,
      { id: "foreign-troops", state: "france" },
      "troop-dot",
      4,
    ],
    ["foreign-troops (both): two step lines", Chart, { id: "foreign-troops", state: "both" }, "step-line", 2],
    [
      "timeline: a dot per event",
      Chart,
      { id: "timeline", state: "all" },
      "event-dot",
      loadChartInput("timeline").events.length,
    ],
  ] as const)("%s", async (_, component, props, cls, expected) => {
    const html = await container.renderToString(component, { locals: { locale: "en" }, props });
    // Shown at the size it is drawn at (its width and height attributes): never scaled up before
    // the browser redraws it, nor without JavaScript.
    expect(html).toMatch(
      /<svg class="chart-svg" viewBox="0 0 (\d+) (\d+)" width="\1" height="\2" role="img"/,
    );
    expect(count(html, cls)).toBe(expected);
  });

  it("gives the SVG an accessible name and a description of its state", async () => {
    const html = await container.renderToString(Chart, {
      locals: { locale: "en" },
      props: { id: "kandadji-toll", state: "claim", uid: "k" },
    });
    expect(html).toContain('aria-labelledby="k-svg-title" aria-describedby="k-desc"');
    expect(html).toMatch(/<title id="k-svg-title"[^>]*>How 12 soldiers died at Kandadji<\/title>/);
    expect(html).toMatch(
      /<desc id="k-desc"[^>]*>12 dots, one for each soldier[^<]*hollow dashed dots[^<]*could not be verified\.<\/desc>/,
    );
  });

  it("puts a title, a takeaway, the unit, notes and a source around the chart", async () => {
    const html = await container.renderToString(Chart, {
      locals: { locale: "en" },
      props: { id: "yearly-deaths" },
    });
    for (const cls of ["chart__title", "chart__takeaway", "chart__unit", "chart__notes", "chart__source"]) {
      expect(html).toMatch(new RegExp(`class="${cls}"[^>]*>(<strong[^>]*>[^<]*</strong>)?[^<]{3,}`));
    }
    expect(html).toContain("Source: UCDP GED 24.1");
  });

  it("puts the data behind “Show the data”, as a table that opens without JavaScript", async () => {
    const html = await container.renderToString(Chart, {
      locals: { locale: "en" },
      props: { id: "deadliest-attacks" },
    });
    expect(html).toMatch(/<details class="chart-data"[^>]*>\s*<summary[^>]*>[\s\S]*Show the data/);
    const rows = html.slice(html.indexOf("<tbody")).match(/<tr/g) ?? [];
    expect(rows).toHaveLength(loadChartInput("deadliest-attacks").attacks.length);
    // Whose claim it is, once: in the cell, not again in the column's heading.
    expect(html).toContain("Attackers killed as claimed, unverified");
    expect(html).toContain("100+ (army claim)");
    expect(html).not.toMatch(/<th[^>]*>[^<]*army claim/);
  });

  it("embeds the chart's data and strings for the live chart, with no way to close the script", async () => {
    const html = await container.renderToString(Chart, {
      locals: { locale: "en" },
      props: { id: "timeline", state: "coup" },
    });
    const json = html.match(
      /<script type="application\/json" class="chart__input">([\s\S]*?)<\/script>/,
    )![1]!;
    expect(json).not.toContain("<");
    const payload = JSON.parse(json) as {
      id: string;
      strings: Record<string, string>;
      descriptions: Record<string, string>;
    };
    expect(payload.id).toBe("timeline");
    expect(
      Object.keys(payload.strings).every(
        (k) => k.startsWith("chart.timeline.") || k.startsWith("chart.common."),
      ),
    ).toBe(true);
    expect(Object.keys(payload.descriptions)).toEqual(["coup", "attacks", "withdrawals", "alliance", "all"]);
  });

  it("stops the build on a state the chart does not have", async () => {
    await expect(
      container.renderToString(Chart, { locals: { locale: "en" }, props: { id: "timeline", state: "nope" } }),
    ).rejects.toThrow('<Chart id="timeline">: unknown state "nope"');
  });
});

describe("<ChapterCharts>", () => {
  const chapter = (steps: { id: string; chart?: { id: string; state: string }; map?: object }[]) =>
    ({
      id: "ch",
      entry: {
        data: { title: "A chapter", steps: steps.map((s) => ({ alt: "A description of the step.", ...s })) },
      },
    }) as never;
  const steps = [
    { id: "a", map: {} },
    { id: "b", chart: { id: "monthly-deaths", state: "since-2022" } },
    { id: "c", chart: { id: "monthly-deaths", state: "before-after" } },
    { id: "d", chart: { id: "yearly-deaths", state: "all" } },
  ];

  // The story's HTML must stay light (issue 13): its live charts come from the chapter's data page.
  it("leaves the charts out of the story's HTML: an empty element that fetches them from the chapter's data page", async () => {
    const html = await container.renderToString(ChapterCharts, {
      locals: { locale: "en" },
      props: { chapter: chapter(steps) },
    });
    expect(html).toMatch(
      /<chapter-charts class="chapter-charts[^"]*" data-src="\/data\/ch\/" data-first="monthly-deaths"[^>]*>\s*<\/chapter-charts>/,
    );
    expect(html).not.toContain("<story-chart");
    expect(html).not.toContain("<svg");
  });

  it("the data page mounts one live chart per chart the chapter uses, in the state of its first step, its table open", async () => {
    const html = await container.renderToString(ChapterDataPage, {
      locals: { locale: "en" },
      props: { chapter: chapter(steps.slice(1)), n: 2, locale: "en" },
    });
    const charts = [
      ...html.matchAll(/<story-chart class="chart" data-chart="([^"]+)" data-state="([^"]+)"([^>]*)>/g),
    ].map((m) => [m[1], m[2], /\shidden(=""|\s|$)/.test(m[3]!)]);
    expect(charts).toEqual([
      ["monthly-deaths", "since-2022", false],
      ["yearly-deaths", "all", false],
    ]);
    expect(html).toMatch(/id="ch-monthly-deaths-title"/);
    expect(html).toMatch(/<section class="data-page__chart[^"]*" id="chart-yearly-deaths"/);
    expect(html.match(/<details class="chart-data" open/g)).toHaveLength(2);
  });
});
