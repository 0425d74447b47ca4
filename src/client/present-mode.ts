import { nextSlide, presentAction } from "./presentKeys";

interface Slide {
  id: string;
  chapter: string;
  graphic: string;
  alt: string;
  width: string;
  height: string;
  card: HTMLElement;
}

/** Reads the slides from the story: one per step, in reading order. */
function readSlides(): Slide[] {
  return [...document.querySelectorAll<HTMLElement>(".step[data-step]")].map((step) => {
    const img = step.querySelector<HTMLImageElement>(".step__figure img");
    const card = step.querySelector<HTMLElement>(".step__card")!.cloneNode(true) as HTMLElement;
    // Cloned text must not duplicate ids of the page.
    card.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    card.querySelector(".step__alt")?.remove();
    return {
      id: step.id,
      chapter: step.closest("section.chapter")?.querySelector("h2")?.textContent?.trim() ?? "",
      graphic: step.dataset.graphic ?? "",
      alt: img?.alt ?? step.dataset.alt ?? "",
      width: img?.getAttribute("width") ?? "600",
      height: img?.getAttribute("height") ?? "600",
      card,
    };
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = "") {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

/**
 * Presentation mode: the story as slides, one step per slide, the graphic large and the text in
 * large type. Each slide shows the step's own static graphic, so its state is the same as in the
 * scroll. Arrow keys, space, PageUp/PageDown (clickers), Home/End move; Esc leaves.
 */
export class Presentation {
  private readonly slides = readSlides();
  private index = 0;
  private readonly root: HTMLElement;
  private readonly figure: HTMLImageElement;
  private readonly kicker: HTMLElement;
  private readonly text: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly returnFocus: Element | null;
  private readonly strings: Record<string, string>;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(strings: Record<string, string>) {
    this.strings = strings;
    this.returnFocus = document.activeElement;
    this.root = el("div", {
      class: "present",
      role: "dialog",
      "aria-modal": "true",
      "aria-label": strings.title ?? "",
    });
    const stage = el("div", { class: "present__stage" });
    const figure = el("figure", { class: "present__figure" });
    this.figure = el("img", { alt: "" });
    figure.append(this.figure);
    const words = el("div", { class: "present__words", "aria-live": "polite" });
    this.kicker = el("p", { class: "present__chapter ui" });
    this.text = el("div", { class: "present__text" });
    words.append(this.kicker, this.text);
    stage.append(figure, words);
    const bar = el("div", { class: "present__bar ui" });
    const prev = el(
      "button",
      { type: "button", "data-action": "prev", "aria-label": strings.prev ?? "" },
      "‹",
    );
    const next = el(
      "button",
      { type: "button", "data-action": "next", "aria-label": strings.next ?? "" },
      "›",
    );
    this.counter = el("p", { class: "present__counter" });
    const full = el("button", { type: "button", "data-action": "fullscreen" }, strings.fullscreen);
    const exit = el(
      "button",
      { type: "button", "data-action": "exit", "aria-label": strings.exit ?? "" },
      "✕",
    );
    const help = el("p", { class: "present__help" }, strings.help);
    bar.append(prev, this.counter, next, help, full, exit);
    this.root.append(stage, bar);
    bar.addEventListener("click", (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset.action;
      if (action) this.do(action as ReturnType<typeof presentAction> & string);
    });
  }

  get current(): string | undefined {
    return this.slides[this.index]?.id;
  }

  open(startId?: string): void {
    const start = this.slides.findIndex((s) => s.id === startId);
    this.index = start >= 0 ? start : 0;
    document.body.append(this.root);
    document.documentElement.classList.add("is-presenting");
    for (const part of document.querySelectorAll("body > :not(.present)")) part.setAttribute("inert", "");
    document.addEventListener("keydown", this.onKey);
    this.show();
    this.root.querySelector<HTMLElement>("[data-action=next]")?.focus();
  }

  close(): void {
    document.removeEventListener("keydown", this.onKey);
    for (const part of document.querySelectorAll("body > [inert]")) part.removeAttribute("inert");
    document.documentElement.classList.remove("is-presenting");
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const id = this.current;
    this.root.remove();
    const url = new URL(window.location.href);
    url.searchParams.delete("present");
    url.hash = id ?? "";
    history.replaceState(null, "", url);
    // Back in the scroll, at the slide's step: the scroll shows the same state.
    if (id) document.getElementById(id)?.scrollIntoView({ block: "center" });
    (this.returnFocus as HTMLElement | null)?.focus?.();
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // Space and Enter on a focused button belong to the button.
    if ((e.key === " " || e.key === "Enter") && target.closest("button")) return;
    const action = presentAction(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    this.do(action);
  }

  private do(action: string): void {
    if (action === "exit") return this.close();
    if (action === "fullscreen") {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void this.root.requestFullscreen?.().catch(() => undefined);
      return;
    }
    this.index = nextSlide(this.index, action as "next" | "prev" | "first" | "last", this.slides.length);
    this.show();
  }

  private show(): void {
    const slide = this.slides[this.index];
    if (!slide) return;
    this.root.dataset.slide = slide.id;
    this.root.dataset.index = String(this.index);
    this.figure.src = slide.graphic;
    this.figure.alt = slide.alt;
    this.figure.width = Number(slide.width);
    this.figure.height = Number(slide.height);
    this.kicker.textContent = slide.chapter;
    this.text.replaceChildren(...[...slide.card.childNodes].map((n) => n.cloneNode(true)));
    this.counter.textContent = (this.strings.counter ?? "{n} / {total}")
      .replace("{n}", String(this.index + 1))
      .replace("{total}", String(this.slides.length));
    const url = new URL(window.location.href);
    url.searchParams.set("present", "");
    url.hash = slide.id;
    history.replaceState(null, "", url.href.replace("present=", "present"));
    // Preload the next graphic so clicking through never shows a blank.
    const upcoming = this.slides[this.index + 1];
    if (upcoming) new Image().src = upcoming.graphic;
  }
}
