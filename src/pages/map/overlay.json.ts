import type { APIRoute } from "astro";
import { loadOverlay } from "../../map/basemapData";

// What the live map draws over the basemap, fetched only when the map loads.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadOverlay()), { headers: { "Content-Type": "application/json" } });
