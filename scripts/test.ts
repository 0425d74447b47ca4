// The one gate (`npm test`): every check and test of the README's commands table. The stages that
// need no browser run in two tracks side by side (they share no files), so that a 2-core machine
// keeps both cores busy; then the browser tests run with the machine to themselves.
//
//   - track "site": check → build → the build with a Mapbox token → build:example. Everything
//     that writes .astro/ (astro check, each build) runs here, one after another.
//   - track "tools": lint → format:check → test:unit → test:slow. They only read the project
//     (the slow tests build copies of it in a temporary folder).
//   - then test:e2e (against dist/, and the Mapbox build through MAPBOX_BUILD_DIR), then the
//     second story's browser tests against dist-example/.
//
// A stage that fails stops its track and keeps later tracks from starting; stages already running
// finish, so one run reports every failure it meets. Each line a track prints starts with its stage.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { buildWithMapboxToken } from "../tests/e2e/mapboxBuild.ts";

interface Stage {
  name: string;
  /** Runs the stage; `log` is where a stage of a track prints (undefined: straight to the terminal). */
  run: (log?: (line: string) => void) => Promise<void>;
}

/** An npm script as a stage. */
function npm(script: string, env: Record<string, string> = {}): Stage {
  return {
    name: script,
    run: (log) =>
      new Promise((resolve, reject) => {
        const child = spawn("npm", ["run", "--silent", script], {
          stdio: log ? ["ignore", "pipe", "pipe"] : "inherit",
          env: { ...process.env, ...env },
        });
        if (log)
          for (const stream of [child.stdout!, child.stderr!])
            createInterface({ input: stream }).on("line", log);
        child.on("error", reject);
        child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      }),
  };
}

const mapboxDir = mkdtempSync(path.join(tmpdir(), "niger-mapbox-"));
const tracks: Stage[][] = [
  [
    npm("check"),
    npm("build"),
    { name: "build with a Mapbox token", run: (log) => buildWithMapboxToken(mapboxDir, log) },
    npm("build:example"),
  ],
  [npm("lint"), npm("format:check"), npm("test:unit"), npm("test:slow")],
];
const browser: Stage[] = [npm("test:e2e", { MAPBOX_BUILD_DIR: mapboxDir }), npm("test:e2e-example")];

const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;
const timings: string[] = [];
let failed = false;

async function track(stages: Stage[], prefixed: boolean) {
  for (const stage of stages) {
    if (failed) return;
    const started = performance.now();
    console.log(`▶ ${stage.name}`);
    const error = await stage
      .run(prefixed ? (line) => console.log(`[${stage.name}] ${line}`) : undefined)
      .then(
        () => undefined,
        (e: Error) => e,
      );
    const line = `${error ? "✗" : "✓"} ${stage.name} ${seconds(started)}${error ? ` (${error.message.split("\n")[0]})` : ""}`;
    timings.push(line);
    console.log(line);
    if (error) failed = true;
  }
}

const started = performance.now();
try {
  await Promise.all(tracks.map((stages) => track(stages, true)));
  await track(browser, false);
} finally {
  rmSync(mapboxDir, { recursive: true, force: true });
}
console.log(
  `\n${timings.join("\n")}\n${failed ? "✗ npm test failed" : "✓ npm test passed"} in ${seconds(started)}`,
);
process.exitCode = failed ? 1 : 0;
