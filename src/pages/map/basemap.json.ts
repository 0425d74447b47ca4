import type { APIRoute } from "astro";
import { loadBasemap } from "../../map/basemapData";

// The live map's offline basemap, fetched only when the map loads (src/client/story-map.ts).
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadBasemap()), { headers: { "Content-Type": "application/json" } });
