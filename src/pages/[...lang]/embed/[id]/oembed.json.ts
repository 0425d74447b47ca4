import type { APIRoute } from "astro";
import { loadEmbeds, type Embed } from "../../../../embed/embeds";
import { iframeSnippet } from "../../../../embed/embedSnippet";
import { embedUrls } from "../../../../embed/embedUrls";
import { snippetInput } from "../../../../embed/dialogEntries";
import { loadStoryMeta } from "../../../../story/storyMeta";
import { editionParams } from "../../../../i18n/editions";

export async function getStaticPaths() {
  const paths = [];
  for (const { lang, locale } of editionParams())
    for (const embed of await loadEmbeds(locale))
      paths.push({ params: { lang, id: embed.id }, props: { embed, locale } });
  return paths;
}

// The oEmbed document of an embed (oembed.com, type "rich"): a static file per embed.
export const GET: APIRoute = async ({ props, site }) => {
  const { embed, locale } = props as { embed: Embed; locale: string };
  const meta = loadStoryMeta(locale);
  const urls = embedUrls(embed, site, locale);
  const doc = {
    version: "1.0",
    type: "rich",
    title: embed.title,
    provider_name: meta.project,
    provider_url: urls.site,
    html: iframeSnippet(snippetInput(embed, urls)),
    width: urls.width,
    height: urls.height,
    thumbnail_url: urls.png,
    thumbnail_width: urls.pngWidth,
    thumbnail_height: urls.pngHeight,
  };
  return new Response(JSON.stringify(doc, null, 2), {
    headers: { "Content-Type": "application/json+oembed" },
  });
};
