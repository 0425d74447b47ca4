import type { APIRoute } from "astro";
import sharp from "sharp";
import { loadEmbeds, type Embed } from "../../../embed/embeds";
import { flattenCssVariables } from "../../../embed/flattenCssVariables";
import { tableToCsv } from "../../../embed/tableToCsv";
import { loadStrings, translate } from "../../../i18n/strings";
import { loadStoryMeta } from "../../../story/storyMeta";
import { editionParams } from "../../../i18n/editions";
import { stepGraphicSvg } from "../../../story/stepGraphic";
import { chartSvg, chartTable } from "../../../story/storyCharts";

type Download = { embed: Embed; type: "svg" | "png" | "csv"; locale: string };

// Downloads, made at build time: per chart its SVG, a 2x PNG and its data as CSV (with a first
// line naming source and licence); per map view a 2x PNG. File names say what they are.
export async function getStaticPaths() {
  const out: { params: { lang: string | undefined; file: string }; props: Download }[] = [];
  for (const { lang, locale } of editionParams())
    for (const embed of await loadEmbeds(locale)) {
      const types = embed.kind === "chart" ? (["svg", "png", "csv"] as const) : (["png"] as const);
      for (const type of types)
        out.push({ params: { lang, file: `${embed.fileStem}.${type}` }, props: { embed, type, locale } });
    }
  return out;
}

function svgOf(embed: Embed, locale: string): string {
  if (embed.kind === "map") return stepGraphicSvg(embed.step!, locale, embed.title);
  return chartSvg(
    { id: embed.chart!, state: embed.states[0]! },
    { locale, strings: loadStrings(locale), description: embed.alt },
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { embed, type, locale } = props as Download;
  const meta = loadStoryMeta(locale);
  if (type === "svg")
    return new Response(svgOf(embed, locale), { headers: { "Content-Type": "image/svg+xml" } });
  if (type === "png") {
    // librsvg (sharp) needs the colours written out; 144 dpi = twice the SVG's size.
    const png = await sharp(Buffer.from(flattenCssVariables(svgOf(embed, locale))), { density: 144 })
      .png()
      .toBuffer();
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
  }
  const strings = loadStrings(meta.locale);
  const table = chartTable(embed.chart!, strings, meta.locale);
  const credit = translate(strings, "embed.credit", {
    source: embed.source.replace(/\.+$/, ""),
    project: meta.project,
  });
  return new Response(tableToCsv(table, `${credit} ${embed.licence}`), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
