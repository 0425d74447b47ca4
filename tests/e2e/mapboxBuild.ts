import { spawn } from "node:child_process";

/**
 * The token of the build "with a Mapbox token" (map.test.ts): fake, and Mapbox's endpoints are
 * answered by local fixtures, so nothing goes out.
 */
export const mapboxFixtureToken = `pk.${Buffer.from(JSON.stringify({ u: "test", a: "fixture" })).toString("base64url")}.test`;

/**
 * `astro build` of the project with PUBLIC_MAPBOX_TOKEN set, as a deployment with a token would be,
 * into `outDir`. The gate (scripts/test.ts) runs it before the browser tests, beside the other
 * builds, and names the folder in MAPBOX_BUILD_DIR; map.test.ts runs it itself when run alone.
 */
export function buildWithMapboxToken(outDir: string, log: (line: string) => void = () => {}): Promise<void> {
  const child = spawn("npx", ["astro", "build", "--outDir", outDir], {
    env: { ...process.env, PUBLIC_MAPBOX_TOKEN: mapboxFixtureToken },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      output += chunk;
      for (const line of chunk.split("\n")) if (line) log(line);
    });
  }
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`astro build with a Mapbox token failed (exit ${code}):\n${output.slice(-3000)}`)),
    );
  });
}
