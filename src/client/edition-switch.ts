/**
 * <edition-switch> wraps the links to the same page in the story's other editions. Without
 * JavaScript each link opens the same page there; with it, the link also keeps the reader's
 * place: the active step of the chapter being read (step ids are the same in every edition), or
 * the current address's query and hash (a slide of presentation mode, a chapter, a glossary term).
 */
export class EditionSwitch extends HTMLElement {
  private readonly onIntent = (e: Event) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>("a[data-edition]");
    if (link) link.href = placeIn(link.dataset.edition ?? link.href);
  };

  connectedCallback(): void {
    for (const type of ["click", "pointerdown", "focusin", "contextmenu"])
      this.addEventListener(type, this.onIntent);
  }

  disconnectedCallback(): void {
    for (const type of ["click", "pointerdown", "focusin", "contextmenu"])
      this.removeEventListener(type, this.onIntent);
  }
}

/** The chapter's active step under the middle of the screen, if a chapter is there. */
function stepInView(): string | undefined {
  const middle = window.innerHeight / 2;
  for (const story of document.querySelectorAll<HTMLElement>("scrolly-story[data-active-step]")) {
    const { top, bottom } = story.getBoundingClientRect();
    if (top <= middle && bottom >= middle) return story.dataset.activeStep;
  }
  return undefined;
}

/** The other edition's address (`base`, without query or hash) at the reader's current place. */
export function placeIn(base: string): string {
  const url = new URL(base, window.location.href);
  url.search = window.location.search;
  const step = new URLSearchParams(window.location.search).has("present") ? undefined : stepInView();
  url.hash = step ? `#${step}` : window.location.hash;
  return url.href;
}

if (!customElements.get("edition-switch")) customElements.define("edition-switch", EditionSwitch);
