// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { serviceWorker } from "./src/offline/serviceWorker.ts";

// SITE and BASE let the same build be served from a domain root or a sub-path
// (e.g. SITE=https://example.org BASE=/niger/ npm run build).
const site = process.env.SITE ?? "http://localhost:4321";
const base = process.env.BASE ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), serviceWorker()],
  // Shiki writes inline styles, which the Content Security Policy forbids; the story has no code.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: "never" },
  server: { port: 4321, host: "127.0.0.1" },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
