import type { Chapter } from "../story/loadStory";
import type { Strings } from "../i18n/strings";
import { mapContext } from "./basemapData";
import { mapStep } from "./mapStep";
import { layerKey, mapTemplate } from "./mapStrings";
import { stringEntries } from "../i18n/plural";
import { clientStringKeys, type StoryMapConfig } from "./mapConfig";
import { buildKind } from "./layers/registry";

/**
 * The live map's config for a chapter: its map steps (computed at build time from the same
 * frontmatter as the static maps), the layers they show and the strings its popups need. The story
 * serves it as a file of its own (chapterMapConfigPath), fetched with the map; an embed inlines it.
 */
export function chapterMapConfig(
  chapter: Chapter,
  { strings, locale, base }: { strings: Strings; locale: string; base: string },
): StoryMapConfig {
  const ctx = mapContext(strings, locale);
  const steps = chapter.entry.data.steps.flatMap((s) => (s.map ? [mapStep(s.id, s.alt, s.map, ctx)] : []));
  // The layers this chapter's steps show: its live map has no others. Their credits in the
  // edition's words, like the steps' (data.json → credits).
  const layers = ctx.content.layers
    .filter((l) => steps.some((s) => s.layers.includes(l.id)))
    .map((l) => ({ ...l, credit: ctx.data.creditWords?.[l.credit] ?? l.credit }));
  return {
    chapter: chapter.id,
    locale,
    basemapUrl: `${base}map/basemap.json`,
    overlayUrl: `${base}map/overlay.json`,
    layers,
    steps,
    lastStepId: steps[steps.length - 1]!.id,
    strings: Object.fromEntries(
      clientStringKeys.flatMap((k) => [[k, mapTemplate(strings, k)], ...stringEntries(strings, k).slice(1)]),
    ) as StoryMapConfig["strings"],
    layerStrings: Object.fromEntries(
      layers.map((l) => [
        l.id,
        Object.fromEntries(
          (buildKind(l.kind).clientStringParts ?? []).flatMap((part) => [
            [part, mapTemplate(strings, layerKey(l.id, part))],
            // Plural forms as `<part>#<category>` (src/i18n/plural.ts), for the popups to choose.
            ...stringEntries(strings, layerKey(l.id, part))
              .slice(1)
              .map(([k, v]) => [k.replace(layerKey(l.id, part), part), v]),
          ]),
        ),
      ]),
    ),
  };
}

/** Where the story serves a chapter's live-map config, relative to the site base. */
export function chapterMapConfigPath(chapterId: string): string {
  return `map/chapters/${chapterId}.json`;
}
