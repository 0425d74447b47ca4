import { loadStrings } from "../i18n/strings";
import { chartSvgSize } from "../story/storyCharts";
import { editionBase } from "../i18n/editions";
import { MAP_HEIGHT, MAP_WIDTH } from "../map/staticMap";
import type { Embed } from "./embeds";

/** Starting heights (px) of an embed at 600 px wide, before it reports its own height. */
const START_HEIGHT = { chart: 720, map: 800 };

/** Every address and size of an embed, absolute, for snippets, oEmbed and the gallery. */
export function embedUrls(embed: Embed, site: URL | undefined, locale: string) {
  const root = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const base = editionBase(locale);
  const origin = site ?? new URL("http://localhost:4321");
  const abs = (path: string) => new URL(`${base}${path}`, origin).href;
  const graphic =
    embed.kind === "chart"
      ? chartSvgSize({ id: embed.chart!, state: embed.states[0]! }, loadStrings(locale), locale)
      : { width: MAP_WIDTH, height: MAP_HEIGHT };
  const width = 600;
  return {
    site: abs(""),
    page: abs(`embed/${embed.id}/`),
    oembed: abs(`embed/${embed.id}/oembed.json`),
    // One loader for every edition: a file of public/, at the site's root.
    loader: new URL(`${root}embed/loader.js`, origin).href,
    png: abs(`downloads/${embed.fileStem}.png`),
    svg: embed.kind === "chart" ? abs(`downloads/${embed.fileStem}.svg`) : null,
    csv: embed.kind === "chart" ? abs(`downloads/${embed.fileStem}.csv`) : null,
    pngWidth: graphic.width * 2,
    pngHeight: graphic.height * 2,
    width,
    height: START_HEIGHT[embed.kind],
  };
}
