import type { APIRoute } from "astro";
import { loadStoryMeta } from "../story/storyMeta";
import { defaultLocale } from "../i18n/editions";

// The web app manifest, from content/story.json: lets a classroom device keep the story.
export const GET: APIRoute = () => {
  const meta = loadStoryMeta(defaultLocale());
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
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
      { src: `${base}favicon.svg`, sizes: "any", type: "image/svg+xml" },
      { src: `${base}icons/192.png`, sizes: "192x192", type: "image/png" },
      { src: `${base}icons/512.png`, sizes: "512x512", type: "image/png" },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json" },
  });
};
