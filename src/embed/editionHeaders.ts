import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentDir } from "../data/contentDir";

/**
 * `public/_headers` names the default edition's paths (`/embed/*`, `/graphics/*`). Each other
 * edition (content/story.json → locales) gets the same rules under its prefix (`/<tag>/embed/*`;
 * not `/_astro/*`, which every edition shares),
 * so its embeds are framable and its graphics cached like the default edition's.
 */
export function editionHeaders(text: string, tags: readonly string[]): string {
  const blocks = text.split(/\n(?=\/)/);
  const extra = blocks
    .filter((b) => /^\/(?![*_])[^\s]+/.test(b))
    .flatMap((b) => tags.map((tag) => b.replace(/^\//, `/${tag}/`).trimEnd()));
  return extra.length
    ? `${text.trimEnd()}\n\n# The same rules for every other edition.\n${extra.join("\n\n")}\n`
    : text;
}

export function editionHeadersIntegration(): AstroIntegration {
  return {
    name: "story:edition-headers",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const file = path.join(fileURLToPath(dir), "_headers");
        const { locales } = JSON.parse(readFileSync(path.join(contentDir(), "story.json"), "utf8")) as {
          locales: string[];
        };
        writeFileSync(file, editionHeaders(readFileSync(file, "utf8"), locales.slice(1)));
      },
    },
  };
}
