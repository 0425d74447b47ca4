import { existsSync, statSync } from "node:fs";
import { parse } from "node-html-parser";
import { fileForUrl, type BuiltPage } from "./builtSite.ts";

/** Attributes that point somewhere, by element. `srcset` lists several URLs. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["iframe[src]", "src"],
  ["video[poster]", "poster"],
  ["use[href]", "href"],
  ["form[action]", "action"],
];

/** Every `id` (and legacy `<a name>`) on a page: the targets of `#fragment` links. */
export function anchorsOf(html: string): Set<string> {
  const root = parse(html);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll("[id]")) ids.add(el.getAttribute("id")!);
  for (const el of root.querySelectorAll("a[name]")) ids.add(el.getAttribute("name")!);
  return ids;
}

/** The URLs a page points to, with the element they come from. */
export function linksOf(html: string): { url: string; tag: string }[] {
  const root = parse(html);
  const out: { url: string; tag: string }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)!.trim();
      const urls =
        attribute === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]!) : [value];
      for (const url of urls) if (url) out.push({ url, tag: el.rawTagName.toLowerCase() });
    }
  }
  return out;
}

export interface BrokenLink {
  page: string;
  tag: string;
  url: string;
  problem: string;
}

/**
 * Links inside the site that lead nowhere: a same-page `#id` with no such id, a URL with no file
 * in `dist`, or a `page#id` whose page lacks the id. Links to other sites are not followed
 * (they need the network); `siteOrigin` (the configured `site`) counts as this site.
 */
export function brokenLinks(dist: string, pages: BuiltPage[], siteOrigin?: string): BrokenLink[] {
  const anchorsByUrl = new Map(pages.map((p) => [p.url, anchorsOf(p.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { url, tag } of linksOf(page.html)) {
      const report = (problem: string) => broken.push({ page: page.url, tag, url, problem });
      if (/^(mailto|tel|data|blob|javascript):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, `http://site${page.url}`);
      } catch {
        report("not a valid URL");
        continue;
      }
      const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
      if (absolute && !(siteOrigin && target.origin === new URL(siteOrigin).origin)) continue;
      const fragment = decodeURIComponent(target.hash.slice(1));
      // Same page: only the fragment matters.
      if (url.startsWith("#")) {
        if (fragment && fragment !== "top" && !anchorsByUrl.get(page.url)!.has(fragment)) {
          report(`no element with id "${fragment}" on this page`);
        }
        continue;
      }
      let file = fileForUrl(dist, target.pathname);
      if (existsSync(file) && statSync(file).isDirectory()) file = `${file}/index.html`;
      if (!existsSync(file)) {
        report("no such file in the build");
        continue;
      }
      if (fragment && fragment !== "top" && file.endsWith(".html")) {
        const targetPage = pages.find((p) => p.file === file);
        if (targetPage && !anchorsByUrl.get(targetPage.url)!.has(fragment)) {
          report(`no element with id "${fragment}" on ${targetPage.url}`);
        }
      }
    }
  }
  return broken;
}

/**
 * `<a>` elements without an `href`: not links until a script fills them in, so neither focusable
 * by keyboard nor followed by crawlers (Lighthouse SEO "crawlable-anchors").
 */
export function anchorsWithoutHref(html: string): string[] {
  return parse(html)
    .querySelectorAll("a:not([href])")
    .map((a) => a.outerHTML.slice(0, a.outerHTML.indexOf(">") + 1));
}
