import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** What `astro build` needs from the project; the rest (tests, dist, caches, .git) stays behind. */
const BUILD_INPUTS = ["src", "public", "content", "astro.config.mjs", "package.json", "tsconfig.json"];

/**
 * Copies the project to a temporary folder so a build can run there without touching dist/ or
 * .astro/ of the real project (other builds may be running). node_modules is a folder of links to
 * the real packages, so Vite's cache (node_modules/.vite) is the copy's own.
 */
export function copyProject(root = process.cwd()): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "project-copy-"));
  for (const name of BUILD_INPUTS) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  const modules = path.join(root, "node_modules");
  mkdirSync(path.join(dir, "node_modules"));
  for (const entry of readdirSync(modules)) {
    if (entry === ".vite" || entry === ".astro") continue;
    symlinkSync(path.join(modules, entry), path.join(dir, "node_modules", entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
