import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "node-html-parser";

const require = createRequire(import.meta.url);
const maplibreDir = path.join(path.dirname(require.resolve("maplibre-gl/package.json")), "dist");
const scrollamaFile = path.join(
  path.dirname(require.resolve("scrollama/package.json")),
  "build/scrollama.min.js",
);

/** Niger and its neighbours, [[west, south], [east, north]]: the camera when a step has none. */
const NIGER: [[number, number], [number, number]] = [
  [0.16, 11.69],
  [15.99, 23.52],
];

interface TemplateChapter {
  id: string;
  alignment: "left";
  title: string;
  description: string;
  location: { bounds: [[number, number], [number, number]] };
  mapAnimation: "fitBounds";
}

/**
 * Builds, into `out`, the story as Mapbox's storytelling template would serve it
 * (github.com/mapbox/storytelling): the map library and its CSS loaded up front, a `config.js`
 * with one entry per step (title, text, camera), and client JS that builds the chapters from it,
 * wires scrollama and moves the map. Same words (taken from the built story page), same map data
 * (the live map's files in dist/map when the build has them, the Natural Earth regions otherwise),
 * same MapLibre GL from node_modules. One change: a camera is a box (`fitBounds`), as our steps
 * define them, instead of a centre and zoom.
 */
export async function buildBaseline(dist: string, out: string): Promise<void> {
  await mkdir(path.join(out, "data"), { recursive: true });
  const root = parse(await readFile(path.join(dist, "index.html"), "utf8"));

  // Cameras and data files of the live map, where the build has them.
  const bounds = new Map<string, [[number, number], [number, number]]>();
  let basemapUrl: string | undefined;
  let overlayUrl: string | undefined;
  for (const script of root.querySelectorAll("script[type=application/json]")) {
    try {
      const config = JSON.parse(script.text) as {
        basemapUrl?: string;
        overlayUrl?: string;
        steps?: { id: string; bounds?: [[number, number], [number, number]] }[];
      };
      basemapUrl ??= config.basemapUrl;
      overlayUrl ??= config.overlayUrl;
      for (const step of config.steps ?? []) if (step.bounds) bounds.set(step.id, step.bounds);
    } catch {
      // not a map config
    }
  }

  const chapters: TemplateChapter[] = [];
  for (const section of root.querySelectorAll("section.chapter")) {
    const title = section.querySelector("h2")?.text.trim() ?? "";
    section.querySelectorAll(".step[data-step]").forEach((step, i) => {
      const id = step.getAttribute("data-step")!;
      chapters.push({
        id,
        alignment: "left",
        title: i === 0 ? title : "",
        description: step.querySelector(".step__card")?.innerHTML ?? "",
        location: { bounds: bounds.get(id) ?? NIGER },
        mapAnimation: "fitBounds",
      });
    });
  }
  const header = root.querySelector("h1")?.text.trim() ?? "";

  const fromDist = (url: string | undefined) =>
    url && existsSync(path.join(dist, url)) ? path.join(dist, url) : undefined;
  const basemap = fromDist(basemapUrl) ?? path.resolve("content/data/niger_admin1_naturalearth.geojson");
  await copyFile(basemap, path.join(out, "data/basemap.json"));
  const overlay = fromDist(overlayUrl);
  if (overlay) await copyFile(overlay, path.join(out, "data/overlay.json"));

  for (const f of [
    "maplibre-gl.mjs",
    "maplibre-gl-worker.mjs",
    "maplibre-gl-shared.mjs",
    "maplibre-gl.css",
  ]) {
    if (existsSync(path.join(maplibreDir, f))) await copyFile(path.join(maplibreDir, f), path.join(out, f));
  }
  await copyFile(scrollamaFile, path.join(out, "scrollama.min.js"));

  const config = {
    title: header,
    subtitle: "",
    byline: "",
    footer: "",
    showMarkers: false,
    chapters,
    basemap: "data/basemap.json",
    overlay: overlay ? "data/overlay.json" : null,
  };
  await writeFile(path.join(out, "config.js"), `var config = ${JSON.stringify(config)};\n`);
  await writeFile(path.join(out, "app.js"), APP);
  await writeFile(path.join(out, "index.html"), HTML);
}

// The template's page: library CSS and JS in <head>, then config.js and the script that builds
// everything from it. (The template loads Mapbox GL from a CDN; MapLibre 6 ships as ES modules.)
const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: storytelling template</title>
<meta name="description" content="The story built the way Mapbox's storytelling template builds it, for comparison.">
<link rel="stylesheet" href="maplibre-gl.css">
<script src="scrollama.min.js"></script>
<script src="config.js"></script>
<script type="module" src="app.js"></script>
<style>
body { margin: 0; padding: 0; font-family: sans-serif; }
#map { top: 0; height: 100vh; width: 100vw; position: fixed; }
#header { margin: auto; width: 100%; position: relative; z-index: 5; background: #fff; padding: 2vh 0; text-align: center; }
#features { padding-top: 10vh; padding-bottom: 10vh; z-index: 5; position: relative; }
.step { padding-bottom: 50vh; opacity: 0.25; }
.step.active { opacity: 0.9; }
.step div { padding: 25px 50px; line-height: 25px; font-size: 13px; background: #fff; color: #222; max-width: 420px; }
.lefty { margin-left: 5vw; }
@media (max-width: 750px) { .lefty { width: 90vw; margin: 0 auto; } }
</style>
</head>
<body>
<div id="map"></div>
<div id="story"></div>
</body>
</html>
`;

const APP = `import * as maplibregl from "./maplibre-gl.mjs";
/* global config, scrollama */
var story = document.getElementById("story");
var features = document.createElement("div");
features.setAttribute("id", "features");
var header = document.createElement("div");
if (config.title) {
  var titleText = document.createElement("h1");
  titleText.innerText = config.title;
  header.appendChild(titleText);
}
header.setAttribute("id", "header");
story.appendChild(header);
config.chapters.forEach(function (record, idx) {
  var container = document.createElement("div");
  var chapter = document.createElement("div");
  if (record.title) {
    var title = document.createElement("h2");
    title.innerText = record.title;
    chapter.appendChild(title);
  }
  if (record.description) {
    var story = document.createElement("div");
    story.innerHTML = record.description;
    chapter.appendChild(story);
  }
  container.setAttribute("id", record.id);
  container.classList.add("step");
  if (idx === 0) container.classList.add("active");
  chapter.classList.add("lefty");
  container.appendChild(chapter);
  features.appendChild(container);
});
story.appendChild(features);

var style = {
  version: 8,
  sources: { basemap: { type: "geojson", data: config.basemap } },
  layers: [
    { id: "background", type: "background", paint: { "background-color": "#eef0f2" } },
    { id: "land", type: "fill", source: "basemap", filter: ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]], paint: { "fill-color": "#fbfaf7", "fill-outline-color": "#999" } },
    { id: "lines", type: "line", source: "basemap", filter: ["in", ["geometry-type"], ["literal", ["LineString", "MultiLineString"]]], paint: { "line-color": "#6a8fb3", "line-width": 1.2 } },
  ],
};
var map = new maplibregl.Map({
  container: "map",
  style: style,
  bounds: config.chapters[0].location.bounds,
  interactive: false,
  attributionControl: false,
});
map.on("load", function () {
  if (!config.overlay) return;
  fetch(config.overlay).then(function (r) { return r.json(); }).then(function (overlay) {
    Object.keys(overlay).forEach(function (key) {
      var fc = overlay[key];
      if (!fc || fc.type !== "FeatureCollection" || !fc.features.length) return;
      map.addSource(key, { type: "geojson", data: fc });
      map.addLayer({ id: key + "-points", type: "circle", source: key, filter: ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]], paint: { "circle-radius": 4, "circle-color": "#d9480f", "circle-opacity": 0.6 } });
      map.addLayer({ id: key + "-lines", type: "line", source: key, filter: ["in", ["geometry-type"], ["literal", ["LineString", "MultiLineString"]]], paint: { "line-color": "#333" } });
    });
  });
});
var scroller = scrollama();
scroller.setup({ step: ".step", offset: 0.5, progress: true }).onStepEnter(function (response) {
  var chapter = config.chapters.find(function (chap) { return chap.id === response.element.id; });
  response.element.classList.add("active");
  map.fitBounds(chapter.location.bounds, { duration: 1000 });
}).onStepExit(function (response) {
  response.element.classList.remove("active");
});
window.addEventListener("resize", scroller.resize);
`;
