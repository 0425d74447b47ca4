import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./staticServer";

// Serves dist/ once for all browser tests. The build is a separate step (`npm run build`)
// so that these tests check exactly what would be deployed.
export default async function setup(project: TestProject) {
  const dist = path.resolve("dist");
  if (!existsSync(path.join(dist, "index.html"))) {
    throw new Error("dist/index.html not found: run `npm run build` before the browser tests");
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
