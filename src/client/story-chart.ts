import { readStep, stepSelector } from "./stepDom";
import { whenIdle } from "./whenIdle";

// The layout code (d3 and the chart functions) loads only when a chart nears the viewport, and
// the chart is drawn when the page is idle (whenIdle); until then the static image of the step is
// the chart.
type Renderer = {
  drawChart: typeof import("../charts/drawChart").drawChart;
  renderMarks: typeof import("../charts/renderMarks").renderMarks;
};
let renderer: Promise<Renderer> | null = null;
function loadRenderer(): Promise<Renderer> {
  renderer ??= Promise.all([import("../charts/drawChart"), import("../charts/renderMarks")]).then(
    ([a, b]) => ({ drawChart: a.drawChart, renderMarks: b.renderMarks }),
  );
  return renderer;
}

/** What Chart.astro embeds for the browser: the chart's kind, data and strings. */
interface Payload {
  /** Chart id (content/charts.json). */
  id: string;
  /** Its kind (src/charts/registry.ts). */
  kind: string;
  input: unknown;
  locale: string;
  strings: Record<string, string>;
  descriptions: Record<string, string>;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n) => Math.min(n - 1, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Updates `live` to look like `next`, keeping elements with the same data-key (so CSS
 * transitions animate their new positions) and adding or removing the others. */
export function morph(live: Element, next: Element): void {
  const old = new Map<string, Element>();
  for (const el of [...live.children]) old.set(el.getAttribute("data-key") ?? "", el);
  let cursor = live.firstElementChild;
  for (const el of [...next.children]) {
    const key = el.getAttribute("data-key") ?? "";
    let node = old.get(key);
    if (node && node.tagName === el.tagName) {
      old.delete(key);
      for (const a of [...node.attributes]) if (!el.hasAttribute(a.name)) node.removeAttribute(a.name);
      for (const a of [...el.attributes])
        if (node.getAttribute(a.name) !== a.value) node.setAttribute(a.name, a.value);
      if (node.innerHTML !== el.innerHTML) node.innerHTML = el.innerHTML;
    } else {
      node = el;
    }
    if (node === cursor) cursor = cursor.nextElementSibling;
    else live.insertBefore(node, cursor);
  }
  for (const el of old.values()) el.remove();
}

/**
 * <story-chart> makes a build-time chart live: it redraws it at the size it gets, shows the state
 * of the active scroll step (animated unless the reader prefers reduced motion), and reads values
 * out on hover, tap and arrow keys. The state shown is in `data-state`.
 */
export class StoryChart extends HTMLElement {
  private payload: Payload | null = null;
  private plot: HTMLElement | null = null;
  private svg: SVGSVGElement | null = null;
  private marks: SVGGElement | null = null;
  private tip: HTMLElement | null = null;
  private story: HTMLElement | null = null;
  private graphic: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private near: IntersectionObserver | null = null;
  private draw: Renderer | null = null;
  private reduced: MediaQueryList | null = null;
  private frame = 0;
  private size = "";
  private current: Element | null = null;
  private cancelStart: (() => void) | null = null;
  /** The plot height the chart is designed for in its first state (content/charts.json). */
  private designHeight = 0;
  /** Drawn live at least once (its code loaded, start() run). */
  started = false;

  private readonly onStep = (e: Event) => this.follow((e as CustomEvent<{ id: string }>).detail.id, true);
  private readonly onResize = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render(false));
  };
  private readonly onPointer = (e: PointerEvent) => {
    const target = (e.target as Element).closest?.("[data-tip]");
    if (target && !target.classList.contains("is-off")) this.show(target);
    else if (e.type === "pointerdown") this.hide();
  };
  private readonly onLeave = () => {
    if (document.activeElement !== this.plot) this.hide();
  };
  private readonly onOutside = (e: PointerEvent) => {
    if (!this.plot?.contains(e.target as Node)) this.hide();
  };
  private readonly onFocus = () => this.show(this.current ?? this.targets()[0] ?? null);
  private readonly onBlur = () => this.hide();
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") return this.hide();
    const move = KEYS[e.key];
    const targets = this.targets();
    if (!move || !targets.length) return;
    e.preventDefault();
    const i = this.current ? targets.indexOf(this.current) : -1;
    this.show(targets[i < 0 ? 0 : move(i, targets.length)]!);
  };

  connectedCallback(): void {
    const json = this.querySelector("script.chart__input")?.textContent;
    this.plot = this.querySelector(".chart__plot");
    this.svg = this.querySelector("svg.chart-svg");
    this.marks = this.querySelector(".chart__marks");
    this.tip = this.querySelector(".chart__tip");
    if (!json || !this.plot || !this.svg || !this.marks || !this.tip) return;
    this.payload = JSON.parse(json) as Payload;
    this.designHeight ||= Number(this.svg.getAttribute("height"));
    this.reduced = matchMedia("(prefers-reduced-motion: reduce)");
    this.plot.tabIndex = 0;
    this.plot.setAttribute("role", "group");
    this.plot.setAttribute("aria-label", this.plot.dataset.label ?? "");
    this.plot.addEventListener("pointermove", this.onPointer);
    this.plot.addEventListener("pointerdown", this.onPointer);
    this.plot.addEventListener("pointerleave", this.onLeave);
    this.plot.addEventListener("focus", this.onFocus);
    this.plot.addEventListener("blur", this.onBlur);
    this.plot.addEventListener("keydown", this.onKey);
    document.addEventListener("pointerdown", this.onOutside);
    this.story = this.closest("scrolly-story");
    this.graphic = this.closest(".scrolly__graphic");
    this.story?.addEventListener("stepchange", this.onStep);
    this.follow(this.graphic?.dataset.step, false);
    this.near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near?.disconnect();
        this.near = null;
        // Fetching the code, then drawing, each in its own idle task: no long task at load.
        this.cancelStart = whenIdle(() => {
          this.cancelStart = null;
          void loadRenderer().then((r) => {
            if (this.isConnected) this.cancelStart = whenIdle(() => this.start(r));
          });
        });
      },
      { rootMargin: "100% 0px" },
    );
    this.near.observe(this.graphic ?? this);
  }

  /** Draws the chart for real once its code has loaded, and tells the graphic when it is live. */
  private start(r: Renderer): void {
    this.cancelStart = null;
    if (!this.isConnected || !this.plot) return;
    this.draw = r;
    this.observer = new ResizeObserver(this.onResize);
    this.observer.observe(this.plot);
    this.render(false);
    this.started = true;
    // Each chart starts in its own idle task: the graphic goes live (its static image hidden)
    // when every chart in it is live, not when the first one is.
    const all = this.graphic ? [...this.graphic.querySelectorAll<StoryChart>("story-chart")] : [];
    if (this.graphic && all.every((c) => c.started)) this.setLive(this.graphic, true);
  }

  disconnectedCallback(): void {
    this.plot?.removeEventListener("pointermove", this.onPointer);
    this.plot?.removeEventListener("pointerdown", this.onPointer);
    this.plot?.removeEventListener("pointerleave", this.onLeave);
    this.plot?.removeEventListener("focus", this.onFocus);
    this.plot?.removeEventListener("blur", this.onBlur);
    this.plot?.removeEventListener("keydown", this.onKey);
    document.removeEventListener("pointerdown", this.onOutside);
    this.story?.removeEventListener("stepchange", this.onStep);
    this.observer?.disconnect();
    this.observer = null;
    this.near?.disconnect();
    this.near = null;
    this.cancelStart?.();
    this.cancelStart = null;
    cancelAnimationFrame(this.frame);
    // The static image comes back if no other live chart is left in the graphic.
    if (this.graphic && !this.graphic.querySelector("story-chart")) this.setLive(this.graphic, false);
    this.story = this.graphic = null;
  }

  /** The state to show: the one of the active step, if it is a step of this chart. */
  private follow(stepId: string | undefined, animate: boolean): void {
    if (!stepId || !this.story || !this.payload) return;
    const el = this.story.querySelector<HTMLElement>(stepSelector(stepId));
    const step = el && readStep(el);
    if (!step || step.kind !== "chart") return;
    const mine = step.chart === this.payload.id;
    const wasShown = !this.hidden;
    this.hidden = !mine;
    const state = step.chartState;
    if (mine && state && state !== this.dataset.state) {
      this.dataset.state = state;
      this.hide();
      this.current = null;
      this.render(animate && wasShown);
    } else if (mine && !wasShown) {
      // A hidden chart could not be laid out (it had no size): lay it out now, before the reader
      // sees the build-time layout or the resize observer gets to it a frame later.
      this.render(false);
    }
  }

  /**
   * Lays the chart out for the current state at the width the plot is shown at, and at the plot's
   * height where a box gives it one (CSS --chart-fit: box: the sticky graphic, an embed); on its own
   * (a data page) at the height the chart is designed to have (the build-time SVG's height
   * attribute), the SVG then sized by its attributes: a short chart in no tall box, never scaled.
   */
  private render(animate: boolean): void {
    const { payload, plot, svg, marks, draw } = this;
    if (!payload || !plot || !svg || !marks || !draw) return;
    const fill = getComputedStyle(plot).getPropertyValue("--chart-fit").trim() === "box";
    const width = Math.floor(plot.clientWidth);
    const height = fill ? Math.floor(plot.clientHeight) : this.designHeight;
    if (width < 40 || height < 40) return;
    const state = this.dataset.state ?? "";
    const size = `${width}x${height}x${state}`;
    if (size === this.size) return;
    this.size = size;
    const geometry = draw.drawChart(payload.kind, payload.input, {
      width,
      height,
      state,
      locale: payload.locale,
      strings: payload.strings,
    });
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    if (!fill) {
      svg.setAttribute("width", String(width));
      svg.setAttribute("height", String(height));
    }
    const desc = svg.querySelector("desc");
    if (desc) desc.textContent = payload.descriptions[state] ?? "";
    const next = document.createElementNS(SVG_NS, "g");
    next.innerHTML = draw.renderMarks(geometry.marks);
    svg.classList.toggle("is-animated", animate && !this.reduced?.matches);
    morph(marks, next);
    // The explored mark keeps its highlight when the chart redraws.
    const key = this.current?.getAttribute("data-key");
    this.current = key ? marks.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
    if (this.current && !this.tip?.hidden) this.show(this.current);
    this.dataset.ready = "";
  }

  /** Marks with a value to read, in reading order. */
  private targets(): Element[] {
    return [...(this.marks?.querySelectorAll("[data-tip]") ?? [])].filter(
      (el) => !el.classList.contains("is-off"),
    );
  }

  private show(el: Element | null): void {
    const { tip, plot } = this;
    if (!el || !tip || !plot) return;
    this.current?.classList.remove("is-current");
    this.current = el;
    el.classList.add("is-current");
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    const x = Number(el.getAttribute("data-tx"));
    const y = Number(el.getAttribute("data-ty"));
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(0, Math.min(x - w / 2, plot.clientWidth - w));
    const top = y - h - 10 >= 0 ? y - h - 10 : Math.min(y + 14, plot.clientHeight - h);
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private hide(): void {
    this.current?.classList.remove("is-current");
    if (this.tip) this.tip.hidden = true;
  }

  private setLive(graphic: HTMLElement, on: boolean): void {
    const tokens = new Set((graphic.dataset.live ?? "").split(/\s+/).filter(Boolean));
    if (on) tokens.add("chart");
    else tokens.delete("chart");
    graphic.dataset.live = [...tokens].join(" ");
  }
}

if (!customElements.get("story-chart")) customElements.define("story-chart", StoryChart);
