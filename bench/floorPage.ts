import { HTMLElement, parse } from "node-html-parser";

/**
 * The floor of a story page: its own <head> (same styles, same scripts in it, same CSP) and its
 * first screen alone: the story's header (headline, dek, byline and its buttons) and the opening
 * of the first chapter (kicker, title, summary). Nothing else of the body: no later chapters, no
 * graphics, no data, no body scripts. No page that shows this first screen can load faster, so the
 * story's LCP divided by the floor's says what the rest of the page costs the first view
 * (1 = nothing).
 *
 * Returns undefined when the page has no story header (not a story page).
 */
export function floorPage(html: string): string | undefined {
  const root = parse(html, { comment: false });
  const head = root.querySelector("head");
  const body = root.querySelector("body");
  const header = root.querySelector("header.story-header");
  if (!head || !body || !header) return undefined;

  // The opening of the first chapter: its header's kicker, title and summary, in page order.
  const chapter = root.querySelector("section.chapter");
  const chapterHeader = chapter?.querySelector(".chapter__header");
  let opening = "";
  if (chapter && chapterHeader) {
    const kept = chapterHeader.childNodes
      .filter((n) => n instanceof HTMLElement)
      .filter(
        (el) =>
          el.tagName === "H2" ||
          el.classList.contains("chapter__kicker") ||
          el.classList.contains("chapter__summary"),
      );
    opening =
      `<section ${chapter.rawAttrs}><header ${chapterHeader.rawAttrs}>` +
      `${kept.map((el) => el.outerHTML).join("")}</header></section>`;
  }
  const lang = root.querySelector("html")?.getAttribute("lang") ?? "en";
  return (
    `<!DOCTYPE html><html lang="${lang}">${head.outerHTML}` +
    `<body ${body.rawAttrs}><main id="story"><article>${header.outerHTML}${opening}</article></main></body></html>`
  );
}
