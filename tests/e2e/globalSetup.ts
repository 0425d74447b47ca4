import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./staticServer";

// Serves a built site once for all the browser tests of a config: dist/, or the folder that the
// config's env names in SITE_DIST (dist-example/ for the second story). The build is a separate
// step (`npm run build`, `npm run build:example`) so that these tests check exactly what would be
// deployed.
export default async function setup(project: TestProject) {
  const folder = project.config.env.SITE_DIST ?? "dist";
  const dist = path.resolve(folder);
  if (!existsSync(path.join(dist, "index.html"))) {
    const build = folder === "dist" ? "npm run build" : "npm run build:example";
    throw new Error(`${folder}/index.html not found: run \`${build}\` before the browser tests`);
  }
  const site = await serveStatic(dist);
  project.provide("baseUrl", site.url);
  return () => site.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
