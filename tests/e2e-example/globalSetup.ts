import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../e2e/staticServer";

// Serves dist-example/ (the second story, `npm run build:example`) once for its browser tests.
export default async function setup(project: TestProject) {
  const dist = path.resolve("dist-example");
  if (!existsSync(path.join(dist, "index.html"))) {
    throw new Error("dist-example/index.html not found: run `npm run build:example` first");
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
