/**
 * Addresses of the live map's code and data (hashed renderer chunks, the map worker, the basemap
 * and overlay JSON). The service worker caches them at run time; the page hands it the ones it
 * loaded before the worker was in control. Matches the full URL.
 */
export const LIVE_MAP_URL = /\/_astro\/[^/?]*(?:Renderer|-worker)[^/?]*$|\/map\/[^/?]+\.json$/;
