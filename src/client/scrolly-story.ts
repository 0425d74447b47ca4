import scrollama from "scrollama";
import { readStep, STEP_SELECTOR } from "./stepDom";
import { activeStepIndex } from "./activeStep";
import { whenIdle } from "./whenIdle";

/** Share of the viewport height at which a step becomes active. */
const OFFSET = 0.6;

/**
 * <scrolly-story> wraps one chapter: a sticky graphic and the steps that drive it. The graphic
 * shows the state of the active step only (see activeStepIndex), exposed as `data-step` on the
 * graphic and `data-active-step` on the element. Until the scroll engine is wired (when the page
 * is first idle, one chapter per task: see whenIdle), the graphic shows the state written at build
 * time, the first step's; `data-enhanced` says it is wired.
 */
export class ScrollyStory extends HTMLElement {
  private scroller: ReturnType<typeof scrollama> | null = null;
  private steps: HTMLElement[] = [];
  private graphic: HTMLElement | null = null;
  private img: HTMLImageElement | null = null;
  private status: HTMLElement | null = null;
  private token = 0;
  private cancelSetup: (() => void) | null = null;
  private readonly onResize = () => {
    this.scroller?.resize();
    this.syncToLayout();
  };
  private readonly onHash = () => requestAnimationFrame(() => this.syncToLayout());
  /**
   * Scrollama reports steps as they cross the trigger line; after a resize (a phone turned) its
   * idea of the active step can lag the layout. When scrolling settles, the layout decides.
   */
  private settle = 0;
  private readonly onScroll = () => {
    clearTimeout(this.settle);
    this.settle = window.setTimeout(() => {
      const box = this.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) this.syncToLayout();
    }, 150);
  };
  /** Set once the reader scrolls or types: only then does the address follow the story. */
  private userMoved = false;
  private readonly onInput = () => {
    this.userMoved = true;
  };

  connectedCallback(): void {
    this.steps = [...this.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
    this.graphic = this.querySelector(".scrolly__graphic");
    this.img = this.querySelector(".scrolly__img");
    this.status = this.querySelector(".scrolly__status");
    if (!this.steps.length || !this.graphic || !this.img) return;
    this.cancelSetup = whenIdle(() => this.setup());
  }

  /** Wires scrollama and the listeners, and shows the step the layout puts at the trigger line. */
  private setup(): void {
    this.cancelSetup = null;
    this.scroller = scrollama();
    this.scroller
      .setup({ step: this.steps, offset: OFFSET })
      .onStepEnter(({ element }) => {
        this.activate(element as HTMLElement);
        this.updateAddress();
      })
      .onStepExit(({ index, direction }) => {
        // Scrolling back above the first step keeps the first state.
        if (index === 0 && direction === "up") this.activate(this.steps[0]!);
      });
    window.addEventListener("resize", this.onResize);
    window.addEventListener("hashchange", this.onHash);
    window.addEventListener("pageshow", this.onHash);
    window.addEventListener("scroll", this.onScroll, { passive: true });
    for (const type of ["wheel", "touchmove", "keydown", "pointerdown"]) {
      window.addEventListener(type, this.onInput, { passive: true });
    }
    this.syncToLayout();
    this.setAttribute("data-enhanced", "");
  }

  disconnectedCallback(): void {
    this.cancelSetup?.();
    this.cancelSetup = null;
    this.scroller?.destroy();
    this.scroller = null;
    window.removeEventListener("resize", this.onResize);
    window.removeEventListener("hashchange", this.onHash);
    window.removeEventListener("pageshow", this.onHash);
    window.removeEventListener("scroll", this.onScroll);
    clearTimeout(this.settle);
    for (const type of ["wheel", "touchmove", "keydown", "pointerdown"]) {
      window.removeEventListener(type, this.onInput);
    }
  }

  /**
   * Keeps the address on the chapter being read, so a copied link opens there. It replaces the
   * current history entry: scrolling never fills the back button with steps.
   */
  private updateAddress(): void {
    const id = this.dataset.chapter;
    if (!id || !this.userMoved || window.location.hash === `#${id}`) return;
    if (new URLSearchParams(window.location.search).has("present")) return;
    history.replaceState(history.state, "", `#${id}`);
  }

  /** Activates the step that the current layout puts at the trigger line. */
  syncToLayout(): void {
    const tops = this.steps.map((s) => s.getBoundingClientRect().top);
    const i = activeStepIndex(tops, window.innerHeight * OFFSET);
    this.activate(this.steps[i]!);
  }

  private activate(step: HTMLElement): void {
    const { id, kind, graphic: src } = readStep(step);
    if (this.dataset.activeStep === id) return;
    this.dataset.activeStep = id;
    for (const s of this.steps) s.classList.toggle("is-active", s === step);
    const graphic = this.graphic!;
    graphic.dataset.step = id;
    graphic.dataset.kind = kind;
    if (this.status) this.status.textContent = step.querySelector(".step__alt")?.textContent ?? "";
    this.showImage(src);
    this.dispatchEvent(new CustomEvent("stepchange", { detail: { id, kind }, bubbles: true }));
  }

  /** Swaps the static image once the new one is decoded, so the graphic never flashes blank. */
  private showImage(src: string): void {
    const img = this.img!;
    if (img.getAttribute("src") === src) return;
    const token = ++this.token;
    const next = new Image();
    next.src = src;
    next
      .decode()
      .catch(() => undefined)
      .then(() => {
        if (token !== this.token) return;
        img.src = src;
        img.dataset.src = src;
      });
  }
}

if (!customElements.get("scrolly-story")) customElements.define("scrolly-story", ScrollyStory);

// Printing shows each chapter's key graphics: lazy images that were never scrolled to load now.
window.addEventListener("beforeprint", () => {
  for (const img of document.querySelectorAll<HTMLImageElement>("[data-print-graphics] img[loading=lazy]")) {
    img.loading = "eager";
  }
});
