// Bytes of the live map in a build: its code chunks (raw and gzipped) and its data, and what the
// first page load costs. Usage: node bench/mapBytes.ts [distDir] [--json]   (after `npm run build`)
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`${dist}/index.html not found: run \`npm run build\` first`);
  process.exit(1);
}

interface Row {
  group: string;
  what: string;
  file: string;
  raw: number;
  gzip: number;
}

const rows: Row[] = [];
function add(group: string, what: string, file: string): void {
  const abs = path.join(dist, file);
  const body = readFileSync(abs);
  rows.push({ group, what, file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
}

const assets = readdirSync(path.join(dist, "_astro"));
const find = (re: RegExp) => assets.filter((f) => re.test(f)).map((f) => `_astro/${f}`);

// Which chunk is which, by the names Vite gives them (src/client/…, the map libraries' files).
const code: [string, string, RegExp][] = [
  [
    "first load",
    "<story-map> element (src/client/story-map.ts)",
    /^ChapterMap\.astro_astro_type_script.*\.js$/,
  ],
  ["when the map nears", "map runtime (src/client/map/liveMap.ts)", /^liveMap\..*\.js$/],
  ["when the map nears", "map runtime CSS (src/client/map/liveMap.css)", /^liveMap\..*\.css$/],
  ["when the map nears", "MapLibre GL (src/client/map/maplibreRenderer.ts)", /^maplibreRenderer\..*\.js$/],
  ["when the map nears", "MapLibre worker", /^maplibre-gl-worker\..*\.m?js$/],
  ["when the map nears", "MapLibre CSS", /^maplibre-gl\..*\.css$/],
  ["with a Mapbox token", "Mapbox GL (src/client/map/mapboxRenderer.ts)", /^mapboxRenderer\..*\.js$/],
  ["with a Mapbox token", "Mapbox CSS", /^mapbox-gl\..*\.css$/],
];
for (const [group, what, re] of code) for (const f of find(re)) add(group, what, f);
for (const [what, file] of [
  ["basemap (countries, borders, regions, river)", "map/basemap.json"],
  ["overlay (what each layer of content/map.json draws)", "map/overlay.json"],
] as const) {
  if (existsSync(path.join(dist, file))) add("map data, when the map nears", what, file);
}

// The first page load: every script the HTML links or inlines. None may contain a map library.
const html = readFileSync(path.join(dist, "index.html"), "utf8");
const scriptSrcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ""));
const inline = [
  ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
].map((m) => m[1]!);
let firstRaw = 0;
let firstGzip = 0;
const leaks: string[] = [];
for (const src of scriptSrcs) {
  const abs = path.join(dist, src);
  if (!existsSync(abs) || !statSync(abs).isFile()) continue;
  const body = readFileSync(abs);
  firstRaw += body.length;
  firstGzip += gzipSync(body, { level: 9 }).length;
  if (/MapLibre GL JS|Mapbox GL JS/.test(body.toString())) leaks.push(src);
}
for (const body of inline) {
  firstRaw += Buffer.byteLength(body);
  firstGzip += gzipSync(body, { level: 9 }).length;
  if (/MapLibre GL JS|Mapbox GL JS/.test(body)) leaks.push("(inline script)");
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (g: (r: Row) => boolean) =>
  rows.filter(g).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
const maplibrePath = sum((r) => r.group !== "with a Mapbox token");
const basemap = rows.find((r) => r.file === "map/basemap.json");

if (asJson) {
  console.log(
    JSON.stringify(
      { dist, rows, firstLoad: { raw: firstRaw, gzip: firstGzip, leaks }, maplibrePath },
      null,
      2,
    ),
  );
} else {
  const w = Math.max(...rows.map((r) => r.what.length));
  let group = "";
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      console.log(`\n${group}`);
    }
    console.log(`  ${r.what.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(9)} gz  ${r.file}`);
  }
  console.log(`\nall scripts of the first page load: ${kb(firstRaw)} (${kb(firstGzip)} gz)`);
  console.log(`default live map, everything it loads: ${kb(maplibrePath.raw)} (${kb(maplibrePath.gzip)} gz)`);
  if (basemap) console.log(`basemap data: ${kb(basemap.gzip)} gz (budget 150 KB)`);
  console.log(
    leaks.length ? `MAP LIBRARY IN THE FIRST LOAD: ${leaks.join(", ")}` : "no map library in the first load",
  );
}
if (leaks.length || (basemap && basemap.gzip > 150 * 1024)) process.exitCode = 1;
