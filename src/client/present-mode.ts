import { readStep, STEP_SELECTOR, stepAlt } from "./stepDom";
import { nextSlide, presentAction, type PresentAction } from "./presentKeys";
import { chooseSize, packSlides, sizesBetween, slideFromAddress, typeSizes } from "./slideFit";

/** A step of the story as presentation mode reads it from the page. */
interface Step {
  id: string;
  chapterId: string;
  chapter: string;
  graphic: string;
  alt: string;
  width: number;
  height: number;
  /** The step's text blocks (paragraphs, fact checks), cleaned of reader-only parts. */
  blocks: Element[];
}

/** A piece of a step's text: sentences [from, to) of one block (all of it when whole). */
interface Unit {
  block: Element;
  from: number;
  to: number;
}

/** One slide: a step, or a part of a step too long for one screen. */
interface Slide {
  step: Step;
  part: number;
  parts: number;
  units: Unit[];
  size: number;
}

/** Speaker notes per chapter id, from the teacher's guide (PresentButton.astro). */
type Notes = Record<string, { questions: string[]; note?: string }>;

/** Reads the steps from the story, in reading order, with their text ready to be laid out. */
function readSteps(): Step[] {
  return [...document.querySelectorAll<HTMLElement>(STEP_SELECTOR)].map((step) => {
    const dom = readStep(step);
    const img = step.querySelector<HTMLImageElement>(".step__figure img");
    const card = step.querySelector<HTMLElement>(".step__card")!.cloneNode(true) as HTMLElement;
    // Cloned text must not duplicate ids of the page; readers' extras (the text alternative, the
    // map's data table, glossary tooltips) are not for a projector.
    card.querySelectorAll(".step__alt, details, .term__tip").forEach((e) => e.remove());
    card.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id"));
    card.querySelectorAll("[aria-describedby]").forEach((e) => e.removeAttribute("aria-describedby"));
    const section = step.closest<HTMLElement>("section.chapter");
    return {
      id: dom.id,
      chapterId: section?.id ?? "",
      chapter: section?.querySelector("h2")?.textContent?.trim() ?? "",
      graphic: dom.graphic,
      alt: stepAlt(step) ?? "",
      width: Number(img?.getAttribute("width") ?? 600),
      height: Number(img?.getAttribute("height") ?? 600),
      blocks: [...card.children],
    };
  });
}

// A sentence ends with . ! ? or …, maybe a closing quote or bracket, then space; the next begins
// with a capital, a digit or an opening quote.
const SENTENCE_END = /[.!?…][”’")\]]*\s+(?=[\p{Lu}\p{N}“‘"(])/gu;

/** Where the sentences of a block start after the first: text positions, in document order. */
function sentenceStarts(block: Element): { node: Text; offset: number }[] {
  const starts: { node: Text; offset: number }[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const m of node.data.matchAll(SENTENCE_END)) {
      const offset = m.index + m[0].length;
      if (offset < node.data.length) starts.push({ node, offset });
    }
  }
  return starts;
}

const startsCache = new WeakMap<Element, { node: Text; offset: number }[]>();
function startsOf(block: Element) {
  let s = startsCache.get(block);
  if (!s) startsCache.set(block, (s = sentenceStarts(block)));
  return s;
}

/** The units of a step: its blocks, whole. */
function wholeUnits(step: Step): Unit[] {
  return step.blocks.map((block) => ({ block, from: 0, to: startsOf(block).length + 1 }));
}

/** A unit cut into its sentences (a whole block, or a run of sentences of one). */
function splitUnit(unit: Unit): Unit[] {
  if (unit.to - unit.from <= 1) return [unit];
  const out: Unit[] = [];
  for (let i = unit.from; i < unit.to; i++) out.push({ block: unit.block, from: i, to: i + 1 });
  return out;
}

/** The DOM of some units: consecutive units of a block are joined back into one element. */
function render(units: Unit[]): Node[] {
  const runs: Unit[] = [];
  for (const u of units) {
    const last = runs.at(-1);
    if (last && last.block === u.block && last.to === u.from) last.to = u.to;
    else runs.push({ ...u });
  }
  return runs.map(({ block, from, to }) => {
    const starts = startsOf(block);
    if (from === 0 && to === starts.length + 1) return block.cloneNode(true);
    const range = document.createRange();
    range.selectNodeContents(block);
    if (from > 0) range.setStart(starts[from - 1]!.node, starts[from - 1]!.offset);
    if (to <= starts.length) range.setEnd(starts[to - 1]!.node, starts[to - 1]!.offset);
    const shell = block.cloneNode(false) as Element;
    shell.append(range.cloneContents());
    return shell;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = "") {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

const fill = (template: string | undefined, vars: Record<string, string | number>) =>
  (template ?? "").replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

/**
 * Presentation mode: the story as slides, one step per slide, the graphic large and the text in
 * large type. Each slide shows the step's own static graphic, so its state is the same as in the
 * scroll. Type is as large as the screen allows and never below 24 px on a projector; a step too
 * long for one screen becomes two or more slides ("1/2", "2/2"). The address holds the slide
 * (`?present=N#step`), so a reload or a shared link opens the same slide. Keys: see presentKeys.ts.
 */
export class Presentation {
  private readonly steps = readSteps();
  private slides: Slide[] = [];
  private index = 0;
  private readonly root: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly figure: HTMLImageElement;
  private readonly words: HTMLElement;
  private readonly flow: HTMLElement;
  private readonly kicker: HTMLElement;
  private readonly partLabel: HTMLElement;
  private readonly text: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly notes: HTMLElement;
  private readonly returnFocus: Element | null;
  private readonly strings: Record<string, string>;
  private readonly speakerNotes: Notes;
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === "function" ? new BroadcastChannel("present-mode") : null;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onResize = () => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.layout());
  };
  private resizeFrame = 0;
  private laidOutFor = "";

  constructor(strings: Record<string, string>, notes: Notes = {}, presenter = false) {
    this.strings = strings;
    this.speakerNotes = notes;
    this.returnFocus = document.activeElement;
    this.root = el("div", {
      class: "present",
      role: "dialog",
      "aria-modal": "true",
      "aria-label": strings.title ?? "",
    });
    if (presenter) this.root.dataset.presenter = "";
    this.stage = el("div", { class: "present__stage" });
    const figure = el("figure", { class: "present__figure" });
    this.figure = el("img", { alt: "" });
    figure.append(this.figure);
    this.words = el("div", { class: "present__words", "aria-live": "polite" });
    this.flow = el("div", { class: "present__flow" });
    const head = el("p", { class: "present__chapter ui" });
    this.kicker = el("span");
    this.partLabel = el("span", { class: "present__part" });
    head.append(this.kicker, this.partLabel);
    this.text = el("div", { class: "present__text" });
    this.flow.append(head, this.text);
    this.words.append(this.flow);
    this.notes = el("aside", {
      class: "present__notes ui",
      "aria-label": strings.notesTitle ?? "",
      hidden: "",
    });
    const slide = el("div", { class: "present__slide" });
    slide.append(figure, this.words, this.notes);
    this.stage.append(slide);
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
    const notesButton = el(
      "button",
      { type: "button", "data-action": "notes", "aria-pressed": "false" },
      strings.notes,
    );
    const full = el("button", { type: "button", "data-action": "fullscreen" }, strings.fullscreen);
    const exit = el(
      "button",
      { type: "button", "data-action": "exit", "aria-label": strings.exit ?? "" },
      "✕",
    );
    const help = el("p", { class: "present__help" }, strings.help);
    bar.append(prev, this.counter, next, help, notesButton, full, exit);
    const blank = el("div", { class: "present__blank" });
    blank.append(el("p", { class: "visually-hidden" }, strings.blanked));
    this.root.append(this.stage, bar, blank);
    bar.addEventListener("click", (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset.action;
      if (action) this.do(action as PresentAction);
    });
    blank.addEventListener("click", () => this.do("blank"));
  }

  get current(): string | undefined {
    return this.slides[this.index]?.step.id;
  }

  open(startId?: string, startNumber: number | null = null): void {
    document.body.append(this.root);
    document.documentElement.classList.add("is-presenting");
    for (const part of document.querySelectorAll("body > :not(.present)")) part.setAttribute("inert", "");
    document.addEventListener("keydown", this.onKey);
    window.addEventListener("resize", this.onResize);
    this.layout();
    // The address names a step, or a chapter (the scroll keeps the chapter in the address):
    // then its first step.
    const stepId = this.steps.find((s) => s.id === startId || s.chapterId === startId)?.id ?? null;
    this.index = slideFromAddress(
      this.slides.map((s) => s.step.id),
      startNumber,
      stepId,
    );
    if (this.root.dataset.presenter !== undefined) this.toggleNotes(true);
    this.show();
    if (this.channel)
      this.channel.onmessage = (e: MessageEvent<{ slide: string; part: number }>) => this.follow(e.data);
    this.root.querySelector<HTMLElement>("[data-action=next]")?.focus();
  }

  close(): void {
    document.removeEventListener("keydown", this.onKey);
    window.removeEventListener("resize", this.onResize);
    cancelAnimationFrame(this.resizeFrame);
    this.channel?.close();
    for (const part of document.querySelectorAll("body > [inert]")) part.removeAttribute("inert");
    document.documentElement.classList.remove("is-presenting");
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const id = this.current;
    this.root.remove();
    const url = new URL(window.location.href);
    url.searchParams.delete("present");
    url.searchParams.delete("presenter");
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

  private do(action: PresentAction): void {
    // A blank screen comes back on any key, without moving: the class sees the slide it left.
    if (this.root.dataset.blank !== undefined) {
      delete this.root.dataset.blank;
      return;
    }
    switch (action) {
      case "exit":
        return this.close();
      case "fullscreen":
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void this.root.requestFullscreen?.().catch(() => undefined);
        return;
      case "blank":
        this.root.dataset.blank = "";
        return;
      case "notes":
        return this.toggleNotes();
      case "presenter":
        return this.openPresenter();
      default:
        this.index = nextSlide(this.index, action, this.slides.length);
        this.show();
    }
  }

  private toggleNotes(on = this.notes.hidden): void {
    this.notes.hidden = !on;
    this.root.toggleAttribute("data-notes", on);
    this.root.querySelector("[data-action=notes]")?.setAttribute("aria-pressed", String(on));
  }

  /** A second window with the same slides and the notes, kept in step with this one. */
  private openPresenter(): void {
    const url = new URL(window.location.href);
    url.searchParams.set("presenter", "");
    window.open(url.href.replace("presenter=", "presenter"), "present-notes", "popup,width=900,height=700");
  }

  /** Another window of this presentation moved: go to the same slide (same step and part). */
  private follow({ slide, part }: { slide: string; part: number }): void {
    const i = this.slides.findIndex((s) => s.step.id === slide && s.part === part);
    const j = i >= 0 ? i : this.slides.findIndex((s) => s.step.id === slide);
    if (j < 0 || j === this.index) return;
    this.index = j;
    this.show(false);
  }

  /**
   * Cuts the steps into slides for this screen: for each step the largest type at which it needs
   * the fewest slides. Runs on open and when the window changes size; keeps the current step.
   */
  private layout(): void {
    const key = `${window.innerWidth}x${window.innerHeight}`;
    if (key === this.laidOutFor) return;
    this.laidOutFor = key;
    const was = this.slides[this.index];
    const { max, min } = typeSizes(window.innerWidth, window.innerHeight);
    const sizes = sizesBetween(max, min);
    this.words.setAttribute("aria-live", "off");
    const slides: Slide[] = [];
    // Measure with the longest counter the deck could show (the bar is one line anyway).
    this.counter.textContent = fill(this.strings.counter, {
      n: this.steps.length * 3,
      total: this.steps.length * 3,
    });
    for (const step of this.steps) {
      this.frame(step);
      this.kicker.textContent = step.chapter;
      this.partLabel.textContent = fill(this.strings.part, { n: 9, total: 9 });
      const fitsAt = (size: number) => (units: Unit[]) => {
        this.words.style.fontSize = `${size}px`;
        this.text.replaceChildren(...render(units));
        return (
          this.flow.scrollHeight <= this.words.clientHeight - 2 &&
          this.flow.scrollWidth <= this.flow.clientWidth
        );
      };
      const { size, slides: parts } = chooseSize(sizes, (s) =>
        packSlides(wholeUnits(step), { fits: fitsAt(s), split: splitUnit }),
      );
      parts.forEach((units, part) => slides.push({ step, part, parts: parts.length, units, size }));
    }
    this.words.setAttribute("aria-live", "polite");
    this.slides = slides;
    if (was) {
      const same = slides.findIndex((s) => s.step === was.step && s.part === Math.min(was.part, s.parts - 1));
      this.index = Math.max(0, same);
      this.show(false);
    }
  }

  /** Sizes the graphic's share of the screen to the graphic's shape. */
  private frame(step: Step): void {
    this.root.style.setProperty("--graphic-aspect", String(step.width / step.height));
  }

  private show(broadcast = true): void {
    const slide = this.slides[this.index];
    if (!slide) return;
    const { step } = slide;
    this.frame(step);
    this.root.dataset.slide = step.id;
    this.root.dataset.index = String(this.index);
    this.root.dataset.part = String(slide.part + 1);
    if (this.figure.getAttribute("src") !== step.graphic) {
      this.figure.src = step.graphic;
      this.figure.width = step.width;
      this.figure.height = step.height;
    }
    this.figure.alt = step.alt;
    this.words.style.fontSize = `${slide.size}px`;
    this.kicker.textContent = step.chapter;
    this.partLabel.textContent =
      slide.parts > 1 ? fill(this.strings.part, { n: slide.part + 1, total: slide.parts }) : "";
    this.text.replaceChildren(...render(slide.units));
    this.counter.textContent = fill(this.strings.counter ?? "{n} / {total}", {
      n: this.index + 1,
      total: this.slides.length,
    });
    this.showNotes(step);
    const url = new URL(window.location.href);
    url.searchParams.set("present", String(this.index + 1));
    url.hash = step.id;
    history.replaceState(null, "", url.href.replace("presenter=", "presenter"));
    if (broadcast) this.channel?.postMessage({ slide: step.id, part: slide.part });
    // Preload the next graphic so clicking through never shows a blank.
    const upcoming = this.slides[this.index + 1];
    if (upcoming) new Image().src = upcoming.step.graphic;
  }

  private showNotes(step: Step): void {
    const notes = this.speakerNotes[step.chapterId];
    const heading = el("h2", {}, fill(this.strings.notesFor, { chapter: step.chapter }));
    const parts: Node[] = [heading];
    if (notes?.note) parts.push(el("p", {}, notes.note));
    if (notes?.questions.length) {
      parts.push(el("h3", {}, this.strings.questions));
      const list = el("ol");
      for (const q of notes.questions) list.append(el("li", {}, q));
      parts.push(list);
    }
    if (parts.length === 1) parts.push(el("p", {}, this.strings.noNotes));
    this.notes.replaceChildren(...parts);
  }
}
