// The benchmark: how fast the built site is, and how it compares with the same story built the
// way Mapbox's storytelling template builds it. Not a test: it measures and reports.
//
//   npm run bench                 build, then measure (3 Lighthouse runs per page and preset)
//   npm run bench -- --no-build   measure the dist/ that is there
//   npm run bench -- --runs=5     more runs per median
//
// Writes bench/results.json and prints a table (Markdown, for the README).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch } from "../tests/e2e/browser.ts";
import { budgets } from "../tests/unit/quality/budgets.ts";
import {
  classifyChunks,
  firstLoad,
  firstLoadJs,
  listPages,
  type BuiltPage,
} from "../tests/unit/quality/builtSite.ts";
import { buildBaseline } from "./baselinePage.ts";
import { serveCompressed } from "./compressingServer.ts";
import { medianRun, runLighthouse, type LighthouseRun, type Preset } from "./lighthouse.ts";
import { mapLoadBytes } from "./mapLoadBytes.ts";
import { formatReport, targets, type TargetResult } from "./report.ts";

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 3);
const dist = path.resolve("dist");
const presets: Preset[] = ["mobile", "desktop"];

if (build) {
  console.log("Building (astro build)…");
  const result = spawnSync(path.resolve("node_modules/.bin/astro"), ["build"], { encoding: "utf8" });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
}

/** The pages measured: the story, the first embed page and /teach/ when the build has them. */
function benchPages(pages: BuiltPage[]): BuiltPage[] {
  const story = pages.find((p) => p.url === "/");
  // An embed itself (/embed/<id>/), not the gallery at /embed/.
  const embed =
    pages.find((p) => /^\/embed\/[^/]+\/$/.test(p.url)) ?? pages.find((p) => p.url.startsWith("/embed/"));
  const teach = pages.find((p) => p.url === "/teach/");
  return [story, embed, teach].filter((p): p is BuiltPage => p !== undefined);
}

/** Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART): try again. */
async function withRetries<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (i >= tries) throw e;
      console.warn(`  failed (${(e as Error).message.split("\n")[0]}), trying again`);
    }
  }
}

const pages = listPages(dist);
const measured = benchPages(pages);
const site = await serveCompressed(dist);
const baselineDir = await mkdtemp(path.join(tmpdir(), "bench-baseline-"));
await buildBaseline(dist, baselineDir);
const baseline = await serveCompressed(baselineDir);
const results: TargetResult[] = [];

try {
  const targetsToRun = [
    ...measured.map((p) => ({ name: p.url, url: `${site.url}${p.url}`, page: p as BuiltPage | undefined })),
    { name: "baseline (template)", url: `${baseline.url}/`, page: undefined },
  ];
  for (const target of targetsToRun) {
    const lighthouse = {} as TargetResult["lighthouse"];
    for (const preset of presets) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        process.stdout.write(`Lighthouse ${preset} ${target.name}, run ${i + 1}/${runs}…\n`);
        all.push(await withRetries(() => runLighthouse(target.url, preset)));
      }
      lighthouse[preset] = { median: medianRun(all), runs: all };
    }
    results.push({
      name: target.name,
      url: target.url,
      lighthouse,
      firstLoadJsGzip: target.page ? firstLoadJs(dist, target.page).gzip : undefined,
    });
  }

  // What the live map costs once loaded, on the story and on the baseline.
  const browser = await launch();
  try {
    const story = measured.find((p) => p.url === "/");
    if (story) {
      const own = new Set([
        "/",
        "/index.html",
        ...firstLoad(story.html).styles,
        ...classifyChunks(dist, [story])
          .filter((c) => c.kind === "first-load")
          .map((c) => c.url),
      ]);
      results.find((r) => r.name === "/")!.map = await mapLoadBytes(browser, `${site.url}/`, site.log, own);
    }
    const notMap = new Set(["/", "/index.html", "/config.js", "/app.js", "/scrollama.min.js"]);
    results.at(-1)!.map = await mapLoadBytes(browser, `${baseline.url}/`, baseline.log, notMap);
  } finally {
    await browser.close();
  }
} finally {
  await site.close();
  await baseline.close();
  await rm(baselineDir, { recursive: true, force: true });
}

// The map engineer's static account of the map's bytes in the build, when the script is there.
const mapBytesScript = path.resolve("bench/mapBytes.ts");
let mapBytesInBuild: { maplibrePath?: { raw: number; gzip: number } } | undefined;
if (existsSync(mapBytesScript)) {
  const run = spawnSync(process.execPath, [mapBytesScript, dist, "--json"], { encoding: "utf8" });
  try {
    mapBytesInBuild = JSON.parse(run.stdout);
  } catch {
    console.warn(`bench/mapBytes.ts printed no JSON: ${run.stderr.slice(0, 300)}`);
  }
}

const report = {
  date: new Date().toISOString(),
  commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim(),
  node: process.version,
  runsPerMedian: runs,
  method:
    "Lighthouse CLI, Debian Chromium headless, simulated throttling (mobile = Moto G Power on slow 4G, desktop preset), " +
    "served locally with gzip -9 and the _headers of the build; figures are medians.",
  targets,
  budgets,
  results,
  mapBytesInBuild,
};
await writeFile(path.resolve("bench/results.json"), `${JSON.stringify(report, null, 2)}\n`);
const inBuild = mapBytesInBuild?.maplibrePath;
console.log(`\n${formatReport(results)}`);
if (inBuild) {
  console.log(
    `Default live map in the build (bench/mapBytes.ts): ${(inBuild.gzip / 1024).toFixed(1)} KB gzipped, code and data.`,
  );
}
console.log("Written to bench/results.json");
