import type { APIRoute } from "astro";
import { editionPaths, localeOfParam } from "../../../i18n/editions";
import { loadBasemap } from "../../../map/basemapData";

// The live map's offline basemap, fetched only when the map loads (src/client/story-map.ts).
// One per edition: its country and region names are words.
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(loadBasemap(localeOfParam(params.lang))), {
    headers: { "Content-Type": "application/json" },
  });
