import type { APIRoute } from "astro";
import sharp from "sharp";
import { loadEmbeds, type Embed } from "../../embed/embeds";
import { flattenCssVariables } from "../../embed/flattenCssVariables";
import { tableToCsv } from "../../embed/tableToCsv";
import { loadStrings, translate } from "../../i18n/strings";
import { loadStoryMeta } from "../../story/storyMeta";
import { stepGraphicSvg } from "../../story/stepGraphic";
import { chartSvg, chartTable } from "../../story/storyCharts";

type Download = { embed: Embed; type: "svg" | "png" | "csv" };

// Downloads, made at build time: per chart its SVG, a 2x PNG and its data as CSV (with a first
// line naming source and licence); per map view a 2x PNG. File names say what they are.
export async function getStaticPaths() {
  const out: { params: { file: string }; props: Download }[] = [];
  for (const embed of await loadEmbeds()) {
    const types = embed.kind === "chart" ? (["svg", "png", "csv"] as const) : (["png"] as const);
    for (const type of types)
      out.push({ params: { file: `${embed.fileStem}.${type}` }, props: { embed, type } });
  }
  return out;
}

function svgOf(embed: Embed): string {
  const { locale } = loadStoryMeta();
  if (embed.kind === "map") return stepGraphicSvg(embed.step!, locale, embed.title);
  return chartSvg(
    { id: embed.chart!, state: embed.states[0]! },
    { locale, strings: loadStrings(locale), description: embed.alt },
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { embed, type } = props as Download;
  const meta = loadStoryMeta();
  if (type === "svg") return new Response(svgOf(embed), { headers: { "Content-Type": "image/svg+xml" } });
  if (type === "png") {
    // librsvg (sharp) needs the colours written out; 144 dpi = twice the SVG's size.
    const png = await sharp(Buffer.from(flattenCssVariables(svgOf(embed))), { density: 144 })
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
