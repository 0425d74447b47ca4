/**
 * Embed snippets and the auto-height message. The embed page posts its height in pym.js's format,
 * `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`, so hosts that already run pym.js's parent resize it,
 * and the site's own loader (public/embed/loader.js) resizes the others.
 */
const SEP = "xPYMx";

/** A child id: what pym.js's parent and our loader give each iframe. */
export const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function heightMessage(childId: string, height: number): string {
  return ["pym", childId, "height", String(Math.ceil(height))].join(SEP);
}

/** Reads a height message; anything else (wrong shape, absurd height) is null. */
export function parseHeightMessage(data: unknown): { childId: string; height: number } | null {
  if (typeof data !== "string" || data.length > 200) return null;
  const parts = data.split(SEP);
  if (parts.length !== 4 || parts[0] !== "pym" || parts[2] !== "height") return null;
  const [, childId, , h] = parts as [string, string, string, string];
  if (!CHILD_ID.test(childId) || !/^\d{1,5}$/.test(h)) return null;
  return { childId, height: Number(h) };
}

function escapeAttr(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

export interface SnippetInput {
  /** Absolute address of the embed page (with any options). */
  url: string;
  /** Absolute address of the site's loader script. */
  loaderUrl: string;
  title: string;
  /** A sensible starting height before the first height message. */
  height: number;
}

/**
 * Responsive embed: an iframe that works as it is (fixed height, where a CMS strips scripts), and
 * the loader, which then sets its height from the embed's height messages. The iframe's `childId`
 * is the id its messages carry; `id` names the embed.
 */
export function loaderSnippet({ url, loaderUrl, title, height, id }: SnippetInput & { id: string }): string {
  const src = new URL(url);
  src.searchParams.set("childId", id.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 64));
  return `<iframe src="${escapeAttr(src.href)}" title="${escapeAttr(title)}" data-story-embed width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n<script async src="${escapeAttr(loaderUrl)}"></script>`;
}

/** Plain iframe: fixed height, for CMSs that strip scripts. */
export function iframeSnippet({ url, title, height }: SnippetInput): string {
  return `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** Static image and credit, for CMSs that forbid iframes. */
export function imageSnippet(input: { pngUrl: string; alt: string; credit: string; link: string }): string {
  return `<figure><img src="${escapeAttr(input.pngUrl)}" alt="${escapeAttr(input.alt)}" style="max-width:100%;height:auto"><figcaption>${escapeAttr(input.credit)} <a href="${escapeAttr(input.link)}">${escapeAttr(input.link)}</a></figcaption></figure>`;
}
