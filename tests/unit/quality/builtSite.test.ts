import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  classifyChunks,
  gzipSize,
  firstLoad,
  firstLoadJs,
  listPages,
  moduleImports,
  openingBytes,
  precacheUrls,
} from "./builtSite.ts";
import { anchorsWithoutHref, brokenLinks } from "./brokenLinks.ts";

/** A small built site: a story page and a teaching page, an entry that imports a lazy map. */
const site: Record<string, string> = {
  "index.html": `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/index.css"><noscript><link rel="stylesheet" href="/nojs.css"></noscript>
    <script type="module" src="/_astro/entry.js"></script><script>document.documentElement.classList.add("js")</script>
    <script type="application/json" id="data">{"a":1}</script></head>
    <body><a href="#story">skip</a><main id="story"><a href="#nowhere">x</a><a href="/teach/">teach</a>
    <a href="/teach/#lesson-2">lesson</a><a href="/teach/#lesson-9">bad lesson</a><a href="/missing/">missing</a>
    <a href="https://example.org/">elsewhere</a><a href="http://localhost:4321/gone.html">own site, gone</a>
    <img src="/graphics/a.svg" alt=""><img src="/graphics/b.svg" loading="lazy" alt=""></main></body></html>`,
  "teach/index.html": `<!doctype html><html><body><h2 id="lesson-2">Two</h2><a href="../#story">back</a></body></html>`,
  "_astro/entry.js": `import{s as a}from"./shared.js";const m=()=>import("./map.js");a(m);`,
  "_astro/shared.js": `export const s=(f)=>f;`,
  "_astro/map.js": `import"./mapdep.js";export default 1;`,
  "_astro/mapdep.js": `export const big="${"x".repeat(2000)}";`,
  "_astro/index.css": `body{margin:0}`,
  "graphics/a.svg": "<svg/>",
  "graphics/b.svg": "<svg/>",
  "nojs.css": "",
  "sw.js": `e.precacheAndRoute([{url:"index.html",revision:"a1"},{url:"graphics/a.svg",revision:null}],{})`,
};
let dist: string;
beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), "built-site-"));
  for (const [file, text] of Object.entries(site)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
});

describe("listPages()", () => {
  it("serves dir/index.html as /dir/", () => {
    expect(listPages(dist).map((p) => p.url)).toEqual(["/", "/teach/"]);
  });
});

describe("firstLoad()", () => {
  it("lists what the browser asks for before any interaction, not what waits for a scroll or has no JS", () => {
    const f = firstLoad(site["index.html"]!);
    expect(f.scripts).toEqual(["/_astro/entry.js"]);
    expect(f.inlineScripts).toEqual(['document.documentElement.classList.add("js")']);
    expect(f.styles).toEqual(["/_astro/index.css"]);
    expect(f.images).toEqual(["/graphics/a.svg"]);
  });
});

describe("moduleImports()", () => {
  it("tells static imports (they load with the module) from import() (loaded later)", () => {
    expect(moduleImports(site["_astro/entry.js"]!)).toEqual({
      static: ["./shared.js"],
      dynamic: ["./map.js"],
    });
    expect(
      moduleImports(`import "./a.js"; export * from "./b.js"; import * as c from './c.js';`).static,
    ).toEqual(["./a.js", "./b.js", "./c.js"]);
  });
});

describe("classifyChunks()", () => {
  it("counts an entry and its static imports as first load, and what import() reaches as lazy", () => {
    const chunks = classifyChunks(dist);
    expect(chunks.map((c) => [c.url, c.kind])).toEqual([
      ["/_astro/entry.js", "first-load"],
      ["/_astro/map.js", "lazy"],
      ["/_astro/mapdep.js", "lazy"],
      ["/_astro/shared.js", "first-load"],
    ]);
    expect(chunks.find((c) => c.url === "/_astro/map.js")!.loadedBy).toEqual(["/_astro/entry.js"]);
  });

  it("measures first-load JS with the inline scripts, gzipped", () => {
    const js = firstLoadJs(dist, listPages(dist)[0]!);
    expect(js.urls).toEqual(["/_astro/entry.js", "/_astro/shared.js"]);
    expect(js.gzip).toBeGreaterThan(0);
    expect(js.gzip).toBeLessThan(js.bytes + 3 * 20); // gzip adds ~20 bytes of header per file
  });
});

describe("openingBytes()", () => {
  const head = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"></head><body><h1>Headline</h1>`;
  const step = `<div class="step"><div class="step__card"><p>The opening.</p><p>More.</p></div></div>`;

  it("counts the gzipped bytes up to the end of the first step's first paragraph", () => {
    const bytes = openingBytes(`${head}${step}${"<p>Later text, not counted.</p>".repeat(500)}`);
    expect(bytes).toBe(gzipSize(`${head}${step.slice(0, step.indexOf("</p>") + 4)}`));
  });

  it("grows with whatever comes before the opening, not after it", () => {
    const heavy = `<script type="application/json">${JSON.stringify([...Array(3000).keys()])}</script>`;
    expect(openingBytes(`${head}${heavy}${step}`)!).toBeGreaterThan(
      openingBytes(`${head}${step}${heavy}`)! + 1000,
    );
  });

  it("is undefined for a page without steps", () => {
    expect(openingBytes(head)).toBeUndefined();
  });
});

describe("precacheUrls()", () => {
  it("reads what a Workbox service worker downloads at the first visit", () => {
    expect(precacheUrls(dist)).toEqual(["/index.html", "/graphics/a.svg"]);
    expect(precacheUrls(path.join(dist, "teach"))).toBeUndefined();
  });
});

describe("brokenLinks()", () => {
  it("finds missing anchors, missing files and missing anchors on other pages, and skips other sites", () => {
    const broken = brokenLinks(dist, listPages(dist), "http://localhost:4321").map(
      (b) => `${b.page} ${b.url}`,
    );
    expect(broken).toEqual([
      "/ #nowhere",
      "/ /teach/#lesson-9",
      "/ /missing/",
      "/ http://localhost:4321/gone.html",
    ]);
  });
});

describe("anchorsWithoutHref()", () => {
  it("finds placeholder links that a script would fill in", () => {
    expect(anchorsWithoutHref('<a href="#x">ok</a><a data-download="svg" download>SVG</a>')).toEqual([
      '<a data-download="svg" download>',
    ]);
  });
});
