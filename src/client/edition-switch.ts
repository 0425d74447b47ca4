/**
 * <edition-switch> wraps the links to the same page in the story's other editions. Without
 * JavaScript each link opens the same page there; with it, the link also keeps the reader's
 * place: the active step of the chapter being read (step ids are the same in every edition), or
 * the current address's query and hash (a slide of presentation mode, a chapter, a glossary term).
 * The switch sits at the top of the page: a reader who scrolls up to it keeps the step last read.
 */
export class EditionSwitch extends HTMLElement {
  private readonly onStep = (e: Event) => {
    const story = e.target as HTMLElement;
    // Only the chapter on screen: every chapter activates its first step when the page loads.
    if (spansMiddle(story)) lastRead = (e as CustomEvent<{ id: string }>).detail.id;
  };

  private readonly onIntent = (e: Event) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>("a[data-edition]");
    if (link) link.href = placeIn(link.dataset.edition ?? link.href);
  };

  connectedCallback(): void {
    for (const type of ["click", "pointerdown", "focusin", "contextmenu"])
      this.addEventListener(type, this.onIntent);
    document.addEventListener("stepchange", this.onStep);
  }

  disconnectedCallback(): void {
    for (const type of ["click", "pointerdown", "focusin", "contextmenu"])
      this.removeEventListener(type, this.onIntent);
    document.removeEventListener("stepchange", this.onStep);
  }
}

/** The step the reader last brought into view, if any. */
let lastRead: string | undefined;

function spansMiddle(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  const middle = window.innerHeight / 2;
  return top <= middle && bottom >= middle;
}

/** The active step of the chapter under the middle of the screen, else the step last read. */
function stepInView(): string | undefined {
  for (const story of document.querySelectorAll<HTMLElement>("scrolly-story[data-active-step]"))
    if (spansMiddle(story)) return story.dataset.activeStep;
  return lastRead;
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
