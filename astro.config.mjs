// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { serviceWorker } from "./src/offline/serviceWorker.ts";
import { editionHeadersIntegration } from "./src/embed/editionHeaders.ts";
import { loadEnv } from "vite";

// SITE and BASE let the same build be served from a domain root or a sub-path
// (e.g. SITE=https://example.org BASE=/niger/ npm run build).
const site = process.env.SITE ?? "http://localhost:4321";
const base = process.env.BASE ?? "/";

// The live map uses MapLibre and a basemap served by the site: no other origin. Only a build with
// PUBLIC_MAPBOX_TOKEN (environment or .env) lets the page reach Mapbox's API for its style, tiles
// and fonts (src/map/chooseRenderer.ts).
const env = loadEnv(process.env.NODE_ENV ?? "production", process.cwd(), "PUBLIC_");
const mapboxOrigins = env.PUBLIC_MAPBOX_TOKEN ? " https://api.mapbox.com https://events.mapbox.com" : "";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), editionHeadersIntegration(), serviceWorker()],
  // Shiki writes inline styles, which the Content Security Policy forbids; the story has no code.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: "never" },
  // Class names instead of data-astro-cid-* attributes on every element of a scoped component:
  // the story's HTML is a long page of small repeated elements (issue 13).
  scopedStyleStrategy: "class",
  // Scripts are files, never inlined into the pages: cached once, not sent again with every page.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321, host: "127.0.0.1" },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        `connect-src 'self'${mapboxOrigins}`,
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
