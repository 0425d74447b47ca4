// The benchmark: how fast the built story is, against its floor (the same <head> and first screen
// alone, bench/floorPage.ts) on a phone and on a slow link. Not a test: it measures and reports,
// and exits 0 whatever the figures (a miss is a FAIL line, not an error).
//
//   npm run bench                 build, then measure (3 Lighthouse runs per page and profile)
//   npm run bench -- --no-build   measure the dist/ that is there
//   npm run bench -- --runs=5     more runs per median
//   npm run bench -- --all        also the first embed, /teach/ and the storytelling-template baseline
//
// Writes bench/results.json and prints tables (Markdown, for the README).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
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
import { floorPage } from "./floorPage.ts";
import { medianRun, profileFlags, runLighthouse, type LighthouseRun, type Profile } from "./lighthouse.ts";

const profileWords: Partial<Record<Profile, string>> = {
  mobile:
    "Lighthouse mobile preset, simulated: 150 ms RTT, 1,638 kbps down, 4× CPU slowdown, Moto G Power screen",
  slow: `simulated, ${profileFlags.slow.slice(1).join(" ")} (400 ms RTT, 400 kbps down, 4× CPU slowdown)`,
  "mobile-applied":
    "the mobile preset applied by Chromium (devtools): 562.5 ms request latency, 1,475 kbps down, 4× CPU slowdown",
  "slow-applied": `applied by Chromium (devtools), ${profileFlags["slow-applied"].slice(1).join(" ")}`,
};
import { mapLoadBytes } from "./mapLoadBytes.ts";
import { checkTargets, formatReport, targets, type TargetResult } from "./report.ts";

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 3);
const dist = path.resolve("dist");
const all = args.includes("--all");
const profiles: Profile[] = ["mobile", "slow", "mobile-applied", "slow-applied"];
/** Where the server puts the floor pages (not in dist/). */
const FLOOR = "/__bench/floor/";

if (build) {
  console.log("Building (astro build)…");
  const result = spawnSync(path.resolve("node_modules/.bin/astro"), ["build"], { encoding: "utf8" });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
}

/** The other pages measured with --all: the first embed page and /teach/ when the build has them. */
function otherPages(pages: BuiltPage[]): BuiltPage[] {
  // An embed itself (/embed/<id>/), not the gallery at /embed/.
  const embed =
    pages.find((p) => /^\/embed\/[^/]+\/$/.test(p.url)) ?? pages.find((p) => p.url.startsWith("/embed/"));
  const teach = pages.find((p) => p.url === "/teach/");
  return [embed, teach].filter((p): p is BuiltPage => p !== undefined);
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

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
const story = pages.find((p) => p.url === "/");
if (!story) throw new Error("dist/index.html is missing: build first (npm run build)");
const french = pages.find((p) => p.url === "/fr/");
const floor = floorPage(readFileSync(path.join(dist, "index.html"), "utf8"));
if (!floor) throw new Error("dist/index.html has no story header (header.story-header): no floor page");
const floors: Record<string, string> = { [FLOOR]: floor };
const site = await serveCompressed(dist, floors);
const baselineDir = await mkdtemp(path.join(tmpdir(), "bench-baseline-"));
if (all) await buildBaseline(dist, baselineDir);
const baseline = await serveCompressed(baselineDir);
const results: TargetResult[] = [];

try {
  const toMeasure: Omit<TargetResult, "lighthouse">[] = [
    {
      name: "/",
      url: `${site.url}/`,
      role: "story",
      documentGzip: gzipped(path.join(dist, "index.html")),
      firstLoadJsGzip: firstLoadJs(dist, story).gzip,
    },
    {
      name: "floor of /",
      url: `${site.url}${FLOOR}`,
      role: "floor",
      documentGzip: gzipSync(floor, { level: 9 }).length,
    },
  ];
  if (french) {
    toMeasure.push({
      name: "/fr/",
      url: `${site.url}/fr/`,
      role: "edition",
      documentGzip: gzipped(path.join(dist, "fr/index.html")),
      firstLoadJsGzip: firstLoadJs(dist, french).gzip,
    });
  }
  if (all) {
    for (const p of otherPages(pages)) {
      toMeasure.push({
        name: p.url,
        url: `${site.url}${p.url}`,
        role: "page",
        firstLoadJsGzip: firstLoadJs(dist, p).gzip,
      });
    }
    toMeasure.push({ name: "baseline (template)", url: `${baseline.url}/`, role: "baseline" });
  }
  // Run i of every page, then run i + 1: the story and its floor are measured side by side, so a
  // change in the machine's load weighs on both (the ratio is what counts).
  const measured = toMeasure.map((target) => ({ target, runs: new Map<Profile, LighthouseRun[]>() }));
  for (const profile of profiles) {
    for (let i = 0; i < runs; i++) {
      for (const { target, runs: byProfile } of measured) {
        process.stdout.write(`Lighthouse ${profile} ${target.name}, run ${i + 1}/${runs}…\n`);
        const run = await withRetries(() => runLighthouse(target.url, profile));
        byProfile.set(profile, [...(byProfile.get(profile) ?? []), run]);
      }
    }
  }
  for (const { target, runs: byProfile } of measured) {
    const lighthouse: TargetResult["lighthouse"] = {};
    for (const [profile, runsOf] of byProfile)
      lighthouse[profile] = { median: medianRun(runsOf), runs: runsOf };
    results.push({ ...target, lighthouse });
  }

  const browser = await launch();
  try {
    {
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
    const template = results.find((r) => r.role === "baseline");
    if (template) {
      const notMap = new Set(["/", "/index.html", "/config.js", "/app.js", "/scrollama.min.js"]);
      template.map = await mapLoadBytes(browser, `${baseline.url}/`, baseline.log, notMap);
    }
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

const checks = checkTargets(results);
const cpu = cpus();
const report = {
  date: new Date().toISOString(),
  commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim(),
  node: process.version,
  machine: `${cpu.length} × ${cpu[0]?.model ?? "?"}, load average ${loadavg()[0]!.toFixed(1)} at the end`,
  runsPerMedian: runs,
  method:
    "Lighthouse CLI, Debian Chromium headless; each network measured with simulated throttling (Lantern) " +
    "and with applied throttling (devtools: the document streams); served locally with gzip -9 and the " +
    "_headers of the build; figures are medians of the runs, the pages' runs interleaved. The floor page " +
    "is the story's <head> and first screen alone (bench/floorPage.ts), served by the same server.",
  profiles: Object.fromEntries(profiles.map((p) => [p, profileWords[p]])),
  targets,
  budgets,
  checks,
  results,
  mapBytesInBuild,
};
await writeFile(path.resolve("bench/results.json"), `${JSON.stringify(report, null, 2)}\n`);
const inBuild = mapBytesInBuild?.maplibrePath;
console.log(`\n${formatReport(results, checks)}`);
if (inBuild) {
  console.log(
    `Default live map in the build (bench/mapBytes.ts): ${(inBuild.gzip / 1024).toFixed(1)} KB gzipped, code and data.`,
  );
}
const held = checks.filter((c) => !c.info);
const missed = held.filter((c) => !c.pass).length;
console.log(`${held.length - missed} of ${held.length} targets met. Written to bench/results.json`);
