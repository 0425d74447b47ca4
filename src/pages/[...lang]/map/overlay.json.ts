import type { APIRoute } from "astro";
import { editionPaths, localeOfParam } from "../../../i18n/editions";
import { loadOverlay } from "../../../map/basemapData";

// What the live map draws over the basemap, fetched only when the map loads.
// One per edition: place names, titles and popups are words.
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(loadOverlay(localeOfParam(params.lang))), {
    headers: { "Content-Type": "application/json" },
  });
