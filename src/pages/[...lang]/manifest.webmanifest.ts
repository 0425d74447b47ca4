import type { APIRoute } from "astro";
import { loadStoryMeta } from "../../story/storyMeta";
import { editionBase, editionPaths, localeOfParam } from "../../i18n/editions";

// The web app manifest, from content/story.json: lets a classroom device keep the story. One per
// edition: its name, language and start address are the edition's; icons are shared.
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = localeOfParam(params.lang);
  const meta = loadStoryMeta(locale);
  const root = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const base = editionBase(locale);
  const manifest = {
    name: meta.headline,
    short_name: meta.project,
    description: meta.dek,
    lang: meta.locale,
    start_url: base,
    scope: base,
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#a33c00",
    icons: [
      { src: `${root}favicon.svg`, sizes: "any", type: "image/svg+xml" },
      { src: `${root}icons/192.png`, sizes: "192x192", type: "image/png" },
      { src: `${root}icons/512.png`, sizes: "512x512", type: "image/png" },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json" },
  });
};
