import { chartSpecs, chartWords } from "../story/storyCharts";
import { loadStrings, translate } from "../i18n/strings";
import { loadChapters, type Chapter } from "../story/loadStory";
import type { StepData } from "../story/chapterSchema";
import { loadStoryMeta } from "../story/storyMeta";
import { defaultLocale } from "../i18n/editions";
import { loadMapContent } from "../map/mapLayers";
import { embedIdFor, fileStemFor } from "./embedIds";
import { slugify } from "../data/slugify";
import { formatNumber } from "../i18n/format";

/** Something a journalist can embed: a chart (with its states) or the map view of a step. */
export interface Embed {
  /** `chart-<chart id>` or `map-<step id>`; the address is /embed/<id>/. */
  id: string;
  kind: "chart" | "map";
  title: string;
  /** One line under the title. */
  takeaway: string;
  /** Text alternative of the graphic. */
  alt: string;
  /** Source line. */
  source: string;
  /** Chapter of the story it comes from (for the link back), if the story uses it. */
  chapter: Chapter | null;
  /** The map step (map embeds). */
  step: StepData | null;
  /** The chart (chart embeds). */
  chart: string | null;
  /** States a chart can show (`?state=`); the first is the default. Maps have one. */
  states: string[];
  /** File name stem for downloads: the project slug and the embed (`my-story-monthly-deaths`). */
  fileStem: string;
  /** Licence of the data shown. */
  licence: string;
}

const cache = new Map<string, Promise<Embed[]>>();

/** Every chart and every map step of the story, as embeds of the edition `locale`. */
export function loadEmbeds(locale: string): Promise<Embed[]> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const embeds = (async () => {
    // File names are the same in every edition: the default edition's project name.
    const projectSlug = slugify(loadStoryMeta(defaultLocale()).project);
    const strings = loadStrings(locale);
    const chapters = await loadChapters(locale);
    const embeds: Embed[] = [];
    for (const [id, spec] of chartSpecs()) {
      const text = chartWords(id, strings, locale);
      // The chapter and state of the chart's first step in the story, if it has one.
      let chapter: Chapter | null = null;
      let first: string | undefined;
      for (const c of chapters) {
        const step = c.entry.data.steps.find((s) => s.chart?.id === id);
        if (step) {
          chapter = c;
          first = step.chart!.state;
          break;
        }
      }
      const all = Object.keys(spec.states);
      const states = first ? [first, ...all.filter((s) => s !== first)] : all;
      embeds.push({
        id: embedIdFor({ id, chart: { id } }),
        kind: "chart",
        title: text.title,
        takeaway: text.takeaway,
        alt: text.descriptions[states[0]!] ?? text.takeaway,
        source: text.source,
        chapter,
        step: null,
        chart: id,
        states,
        fileStem: fileStemFor(embedIdFor({ id, chart: { id } }), projectSlug),
        // The licence line each chart declares in content/charts.json.
        licence: translate(strings, `embed.licence.${spec.licence}`),
      });
    }
    for (const chapter of chapters) {
      // Each map view is titled by its chapter and its place among the chapter's maps, so two
      // embeds (and their iframes' titles) never share a name.
      const mapSteps = chapter.entry.data.steps.filter((s) => s.map);
      for (const step of mapSteps) {
        const events = loadMapContent().layers.some(
          (l) => l.kind === "events" && step.map!.layers.includes(l.id),
        );
        embeds.push({
          id: embedIdFor(step),
          kind: "map",
          title: translate(strings, "embed.mapTitle", {
            chapter: chapter.entry.data.title,
            n: formatNumber(mapSteps.indexOf(step) + 1, locale),
            total: formatNumber(mapSteps.length, locale),
          }),
          takeaway: step.alt,
          alt: step.alt,
          source: [
            translate(strings, "map.credit"),
            ...(events ? [translate(strings, "map.creditEvents")] : []),
          ].join(" · "),
          chapter,
          step,
          chart: null,
          states: ["default"],
          fileStem: fileStemFor(embedIdFor(step), projectSlug),
          licence: translate(strings, events ? "embed.licenceMapEvents" : "embed.licenceMap"),
        });
      }
    }
    return embeds;
  })();
  cache.set(locale, embeds);
  return embeds;
}

/** The state an embed shows for a `?state=` value: unknown or malformed values give the default. */
export function embedState(embed: Pick<Embed, "states">, requested: string | null | undefined): string {
  return requested && embed.states.includes(requested) ? requested : embed.states[0]!;
}

/** The theme for a `?theme=` value: light, dark, or auto (the reader's setting) for anything else. */
export function embedTheme(requested: string | null | undefined): "light" | "dark" | "auto" {
  return requested === "light" || requested === "dark" ? requested : "auto";
}
