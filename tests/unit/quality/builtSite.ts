import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";

/**
 * What a built site (dist/) contains, read the way a browser would read it: the HTML pages, what
 * each page loads before the reader does anything (first load), and which JavaScript chunks only
 * load later through `import()`. Shared by the quality tests and the benchmark.
 */

/** One HTML page of the build. */
export interface BuiltPage {
  /** Absolute path of the file. */
  file: string;
  /** The URL path it is served at: `/`, `/teach/`, `/embed/kandadji/`, `/404.html`. */
  url: string;
  html: string;
}

/** Every `.html` file under `dist`, sorted by URL; `dir/index.html` is served as `/dir/`. */
export function listPages(dist: string): BuiltPage[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => path.join(d.parentPath, d.name));
  return files
    .map((file) => ({ file, url: urlOf(dist, file), html: readFileSync(file, "utf8") }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

function urlOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

/** The file in `dist` that a same-origin URL path resolves to, as a static host would serve it. */
export function fileForUrl(dist: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = path.join(dist, clean);
  return clean.endsWith("/") ? path.join(file, "index.html") : file;
}

/** What a page asks for before any interaction: scripts, preloads, styles and eager images. */
export interface FirstLoad {
  /** `<script src>` (classic or module) and `<link rel="modulepreload">`, as written. */
  scripts: string[];
  /** The text of inline `<script>` elements that the browser runs (JSON data excluded). */
  inlineScripts: string[];
  /** `<link rel="stylesheet">` outside `<noscript>`. */
  styles: string[];
  /** The text of inline `<style>` elements. */
  inlineStyles: string[];
  /** `<img>` without `loading="lazy"`. */
  images: string[];
}

const runnableScriptTypes = new Set(["", "module", "text/javascript", "application/javascript"]);

export function firstLoad(html: string): FirstLoad {
  const root = parse(html);
  const inNoscript = (el: HTMLElement) => {
    for (let p = el.parentNode; p; p = p.parentNode) if (p.rawTagName === "noscript") return true;
    return false;
  };
  const out: FirstLoad = { scripts: [], inlineScripts: [], styles: [], inlineStyles: [], images: [] };
  for (const s of root.querySelectorAll("script")) {
    if (!runnableScriptTypes.has((s.getAttribute("type") ?? "").toLowerCase())) continue;
    const src = s.getAttribute("src");
    if (src) out.scripts.push(src);
    else out.inlineScripts.push(s.text);
  }
  for (const l of root.querySelectorAll("link")) {
    const rel = (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = l.getAttribute("href");
    if (!href) continue;
    if (rel.includes("modulepreload")) out.scripts.push(href);
    if (rel.includes("stylesheet") && !inNoscript(l)) out.styles.push(href);
  }
  for (const s of root.querySelectorAll("style")) out.inlineStyles.push(s.text);
  for (const img of root.querySelectorAll("img")) {
    const src = img.getAttribute("src");
    if (src && img.getAttribute("loading") !== "lazy") out.images.push(src);
  }
  return out;
}

/** The imports a built JavaScript module makes: static ones load with it, dynamic ones later. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const found = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1]!))];
  return {
    // `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"` (minified or not)
    static: found(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g),
    // `import("./x.js")`
    dynamic: found(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g),
  };
}

/** A JavaScript file of the build, and whether a page loads it at first or only on demand. */
export interface Chunk {
  /** URL path, e.g. `/_astro/Chapter.abc123.js`. */
  url: string;
  kind: "first-load" | "lazy";
  bytes: number;
  gzip: number;
  /** First load: the pages that load it. Lazy: the chunks that import() it. */
  loadedBy: string[];
}

/** gzip -9 size of a file or string: what a static host sends. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * The gzipped bytes of a story page up to the end of its first chapter's opening (the first
 * paragraph of its first step): what must arrive before the headline, the dek and the opening can
 * paint. Stylesheet links are in <head>, so they are counted, and found, early. Undefined when the
 * page has no step.
 */
export function openingBytes(html: string): number | undefined {
  const card = html.indexOf('class="step__card');
  if (card < 0) return undefined;
  const end = html.indexOf("</p>", card);
  return gzipSize(html.slice(0, end < 0 ? html.length : end + 4));
}

function resolveUrl(from: string, spec: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || spec.startsWith("//")) return undefined; // another origin
  return new URL(spec, `http://site${from}`).pathname;
}

/**
 * Sorts every JavaScript file the pages can reach into first-load chunks (the page's scripts and
 * what they import statically) and lazy chunks (reached only through `import()`).
 */
export function classifyChunks(dist: string, pages: BuiltPage[] = listPages(dist)): Chunk[] {
  const chunks = new Map<string, Chunk>();
  const read = (url: string) => readFileSync(fileForUrl(dist, url));
  const visit = (url: string, kind: Chunk["kind"], by: string) => {
    const existing = chunks.get(url);
    if (existing) {
      if (!existing.loadedBy.includes(by)) existing.loadedBy.push(by);
      if (existing.kind === "first-load" || kind === "lazy") return;
      existing.kind = "first-load"; // loaded lazily by one page, at first by another
    } else {
      const body = read(url);
      chunks.set(url, { url, kind, bytes: body.length, gzip: gzipSize(body), loadedBy: [by] });
    }
    const imports = moduleImports(read(url).toString("utf8"));
    for (const spec of imports.static) {
      const next = resolveUrl(url, spec);
      if (next) visit(next, kind, kind === "first-load" ? by : url);
    }
    for (const spec of imports.dynamic) {
      const next = resolveUrl(url, spec);
      if (next) visit(next, "lazy", url);
    }
  };
  for (const page of pages) {
    for (const src of firstLoad(page.html).scripts) {
      const url = resolveUrl(page.url, src);
      if (url) visit(url, "first-load", page.url);
    }
  }
  return [...chunks.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/** The JavaScript a page runs before any interaction: its scripts, their static imports, inline code. */
export function firstLoadJs(dist: string, page: BuiltPage): { urls: string[]; gzip: number; bytes: number } {
  const urls = classifyChunks(dist, [page])
    .filter((c) => c.kind === "first-load")
    .map((c) => c.url);
  const bodies = urls.map((u) => readFileSync(fileForUrl(dist, u)));
  const inline = firstLoad(page.html).inlineScripts.join("\n");
  return {
    urls,
    // Gzipped one by one, as they travel; inline code travels inside the HTML.
    gzip: bodies.reduce((n, b) => n + gzipSize(b), 0) + (inline ? gzipSize(inline) : 0),
    bytes: bodies.reduce((n, b) => n + b.length, 0) + Buffer.byteLength(inline),
  };
}

/**
 * The URLs a service worker at `dist/sw.js` precaches on its first visit (Workbox writes them as
 * `{url:"…",revision:…}`), as URL paths; undefined when the build has no service worker.
 */
export function precacheUrls(dist: string): string[] | undefined {
  const file = path.join(dist, "sw.js");
  if (!existsSync(file)) return undefined;
  const code = readFileSync(file, "utf8");
  return [
    ...new Set(
      [...code.matchAll(/\burl:\s*["'`]([^"'`]+)["'`]/g)].map((m) => new URL(m[1]!, "http://site/").pathname),
    ),
  ];
}
