import { labelled } from "../i18n/punctuation";
import { loadStrings, translate } from "../i18n/strings";
import { loadSteps } from "../story/loadStory";
import { loadStoryMeta } from "../story/storyMeta";
import { embedIdFor } from "./embedIds";
import { iframeSnippet, imageSnippet, loaderSnippet } from "./embedSnippet";
import { embedUrls } from "./embedUrls";
import { loadEmbeds, type Embed } from "./embeds";

/** The addresses of an embed that its snippets use (see embedUrls()). */
export type SnippetUrls = Pick<
  ReturnType<typeof embedUrls>,
  "page" | "oembed" | "loader" | "png" | "svg" | "csv" | "height"
>;

/**
 * What the story's embed dialog shows for one step, finished at build time: the client only
 * copies it (src/client/embed-dialog.ts).
 */
export interface DialogEntry {
  /** The embed's id (`chart-<id>`, `map-<step id>`). */
  embed: string;
  title: string;
  /** The embed page, showing the step's state. */
  page: string;
  /** The snippets, by the dialog's `data-snippet` keys. */
  snippets: { loader: string; iframe: string; oembed: string; image: string };
  /** Download addresses; null where the embed has no such file (a map has no SVG or CSV). */
  downloads: { svg: string | null; png: string; csv: string | null };
}

/**
 * What every snippet of an embed says: its address (with `state` when a step shows one), the
 * loader's address, its title and height. One place for the gallery, the oEmbed documents and the
 * dialog.
 */
export function snippetInput(
  embed: Pick<Embed, "title">,
  urls: Pick<SnippetUrls, "page" | "loader" | "height">,
  state: string | null = null,
): { url: string; loaderUrl: string; title: string; height: number } {
  const page = new URL(urls.page);
  if (state) page.searchParams.set("state", state);
  return { url: page.href, loaderUrl: urls.loader, title: embed.title, height: urls.height };
}

/**
 * The dialog's entry for a step's embed. `state` is the chart state the step shows (null for a
 * map), kept in the embed's address; `alt` and `credit` are the static image's words.
 */
export function dialogEntry(
  embed: Pick<Embed, "id" | "title">,
  urls: SnippetUrls,
  words: { state: string | null; alt: string; credit: string },
): DialogEntry {
  const input = snippetInput(embed, urls, words.state);
  return {
    embed: embed.id,
    title: embed.title,
    page: input.url,
    snippets: {
      // An <iframe> that works alone where a CMS strips scripts; the loader then sizes it.
      loader: loaderSnippet({ ...input, id: embed.id }),
      iframe: iframeSnippet(input),
      oembed: urls.oembed,
      image: imageSnippet({ pngUrl: urls.png, alt: words.alt, credit: words.credit, link: input.url }),
    },
    downloads: { svg: urls.svg, png: urls.png, csv: urls.csv },
  };
}

/** Every step's dialog entry in the edition `locale`, by step id. */
export async function dialogEntries(
  locale: string,
  site: URL | undefined,
): Promise<Record<string, DialogEntry>> {
  const strings = loadStrings(locale);
  const embeds = new Map((await loadEmbeds(locale)).map((e) => [e.id, e]));
  const { project } = loadStoryMeta(locale);
  const entries: Record<string, DialogEntry> = {};
  for (const [id, { step }] of await loadSteps(locale)) {
    const embed = embeds.get(embedIdFor(step));
    if (!embed) throw new Error(`step "${id}": no embed "${embedIdFor(step)}"`);
    entries[id] = dialogEntry(embed, embedUrls(embed, site, locale), {
      state: step.chart?.state ?? null,
      // The same words as the step's static image (src/components/Step.astro).
      alt: labelled(strings, translate(strings, step.map ? "mapOf" : "chartOf"), step.alt),
      credit: translate(strings, "embed.credit", { source: embed.title, project }),
    });
  }
  return entries;
}
