import type { StoryMapConfig } from "../../map/mapConfig";
import type { MapStep } from "../../map/mapStep";
import type { Overlay } from "../../map/overlay";
import type { RendererChoice } from "../../map/chooseRenderer";
import { applyStep, drawRoute, routeTween, type StoryMapTarget } from "../../map/applyStep";
import { layerSymbol, liveKind } from "../../map/layers/liveRegistry";
import { baseIcon, iconId, palette, themePaint, type Theme } from "../../map/style";
import { mapPadding, NARROW_MAX_WIDTH, readingBand, type Band } from "../../map/padding";
import { setInteractive, storyTarget, type GLMapLike } from "./glMap";
import { renderLegend } from "./legend";
import { loadLiveMap } from "./loadLiveMap";
import { MapLabels } from "./mapLabels";
import { ExploreMode } from "./exploreMode";
import { loadStylesheet } from "./loadStylesheet";
// Loaded with the map, not with the page: the page without the live map needs none of it.
import cssUrl from "./liveMap.css?url";

/** How long a route takes to grow from one step's share to the next one's. */
const ROUTE_MS = 1600;

export interface LiveMapHost {
  /** The <story-map> element: it carries the data attributes and the overlay DOM. */
  el: HTMLElement;
  config: StoryMapConfig;
  /** Called when the live map stops working after it was shown (context lost …). */
  onFail(reason: unknown): void;
}

function currentTheme(): Theme {
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function reducedMotion(): boolean {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * The live map of one chapter: a MapLibre (or Mapbox) map driven by the story's steps, with DOM
 * labels (mapLabels.ts), a legend, and an explore mode after the last step (exploreMode.ts).
 * Everything it does to the map for a step goes through applyStep() (src/map/applyStep.ts), the
 * same logic the unit tests check. Its state is on the element: data-step, data-layers,
 * data-route-progress, data-settled, data-center, data-zoom.
 */
export class LiveMap {
  renderer: "maplibre" | "mapbox" = "maplibre";
  private map: GLMapLike | null = null;
  private target!: StoryMapTarget;
  private overlay!: Overlay;
  private labels!: MapLabels;
  private explore!: ExploreMode;
  private step: MapStep | null = null;
  /** Whether the legend was last drawn for a phone (a compact key) or a wide screen. */
  private legendNarrow: boolean | null = null;
  private routeShown = 0;
  private routeAnim = 0;
  /**
   * Set while a step's camera is being applied: a flight it interrupts ends (moveend) before the
   * new one starts, and that is not the new step's camera settling.
   */
  private applying = false;
  private resizeObserver: ResizeObserver | null = null;
  private destroyed = false;
  private theme: Theme = currentTheme();
  private readonly schemeQuery = matchMedia("(prefers-color-scheme: dark)");

  private readonly container: HTMLElement;
  private readonly labelLayer: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly exploreButton: HTMLButtonElement;
  private readonly backButton: HTMLButtonElement;
  private readonly hint: HTMLElement;
  private readonly popup: HTMLElement;

  constructor(private readonly host: LiveMapHost) {
    const q = <T extends HTMLElement>(sel: string) => host.el.querySelector<T>(sel)!;
    this.container = q(".story-map__map");
    this.labelLayer = q(".story-map__labels");
    this.legend = q(".story-map__legend");
    this.exploreButton = q(".story-map__explore");
    this.backButton = q(".story-map__back");
    this.hint = q(".story-map__hint");
    this.popup = q(".story-map__popup");
  }

  /** Loads data and renderer; resolves when the first step is drawn. */
  async start(choice: Exclude<RendererChoice, { kind: "static" }>, firstStepId: string): Promise<void> {
    const { config } = this.host;
    const [loaded] = await Promise.all([
      loadLiveMap(this.container, config, choice, palette[this.theme]),
      loadStylesheet(cssUrl),
    ]);
    const { map } = loaded;
    if (this.destroyed) {
      map.remove();
      return;
    }
    this.map = map;
    this.renderer = loaded.renderer;
    this.overlay = loaded.overlay;
    this.target = storyTarget(map);
    this.addIcons();
    this.setCssColours();
    setInteractive(map, false);
    this.labels = new MapLabels(this.labelLayer, map, this.container, loaded.basemap);
    this.explore = new ExploreMode({
      el: this.host.el,
      map,
      container: this.container,
      config,
      overlay: this.overlay,
      exploreButton: this.exploreButton,
      backButton: this.backButton,
      hint: this.hint,
      popup: this.popup,
      step: () => this.step,
      addNavigation: loaded.addNavigation,
      onChange: (exploring) => {
        if (!exploring) this.fitStep();
        this.layoutLabels();
      },
    });

    map.on("move", this.onMove);
    map.on("moveend", this.onMoveEnd);
    map.getCanvas().addEventListener("webglcontextlost", this.onContextLost);
    this.schemeQuery.addEventListener("change", this.onScheme);
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.host.el);

    this.showStep(firstStepId, true);
    await new Promise<void>((resolve) => {
      if (map.loaded() && !map.isMoving()) resolve();
      else map.once("idle", () => resolve());
    });
  }

  /** Shows a step of this chapter; ids of other steps (charts) are ignored. */
  showStep(id: string, instant = false): void {
    const step = this.host.config.steps.find((s) => s.id === id);
    if (!step || !this.map) return;
    this.explore.stepShown(step);
    this.step = step;
    const { layers } = this.host.config;
    this.drawLegend();
    const from = this.routeShown;
    const routeLayers = layers.filter((l) => liveKind(l.kind).routeLine);
    const to = routeLayers.some((l) => step.layers.includes(l.id)) ? step.routeProgress : 0;
    const animateRoute = !instant && !reducedMotion() && to > from;
    cancelAnimationFrame(this.routeAnim);
    this.applying = true;
    let applied;
    try {
      applied = applyStep(this.target, step, layers, {
        padding: this.padding(),
        reducedMotion: instant || reducedMotion(),
        routes: this.routes(),
        routeProgress: animateRoute ? from : to,
      });
    } finally {
      this.applying = false;
    }
    this.routeShown = applied.routeProgress;
    if (animateRoute) this.animateRoute(from, to);
    this.labels.show(
      step,
      layers.some((l) => liveKind(l.kind).namesRegions && step.layers.includes(l.id)),
    );
    const el = this.host.el;
    el.dataset.step = step.id;
    el.dataset.layers = applied.layers.join(" ");
    el.dataset.routeProgress = String(to);
    el.dataset.settled = "false";
    // A flight that starts fires moveend when it ends; a camera that does not move fires nothing.
    requestAnimationFrame(() => {
      if (!this.map?.isMoving()) this.settle();
    });
  }

  /** Where a point is on the map, in CSS pixels from its top-left corner. */
  project(lngLat: [number, number]): { x: number; y: number } {
    const p = this.map!.project(lngLat);
    return { x: p.x, y: p.y };
  }

  /** The current step's frame on screen, the map's size and the padding (for checks and tests). */
  frameOnScreen() {
    if (!this.step) return null;
    const [[w, s], [e, n]] = this.step.bounds;
    const a = this.project([w, n]);
    const b = this.project([e, s]);
    return {
      box: { left: a.x, top: a.y, right: b.x, bottom: b.y },
      width: this.container.clientWidth,
      height: this.container.clientHeight,
      padding: this.padding(),
    };
  }

  destroy(): void {
    this.destroyed = true;
    cancelAnimationFrame(this.routeAnim);
    this.resizeObserver?.disconnect();
    this.schemeQuery.removeEventListener("change", this.onScheme);
    this.explore?.destroy();
    if (this.map) {
      this.map.getCanvas().removeEventListener("webglcontextlost", this.onContextLost);
      this.map.remove();
    }
    this.labelLayer.replaceChildren();
    this.legend.replaceChildren();
    this.legend.hidden = true;
    this.exploreButton.hidden = true;
    this.popup.hidden = true;
  }

  /** The full line of each route layer, by layer id. */
  private routes(): Record<string, [number, number][]> {
    return Object.fromEntries(
      Object.entries(this.overlay.layers).flatMap(([id, d]) => {
        const line = liveKind(d.kind).routeLine?.(d);
        return line ? [[id, line as [number, number][]]] : [];
      }),
    );
  }

  private narrow(): boolean {
    return window.innerWidth < NARROW_MAX_WIDTH;
  }

  private drawLegend(): void {
    if (!this.step) return;
    const { strings, layers, chapter } = this.host.config;
    const narrow = this.narrow();
    renderLegend(
      this.legend,
      this.step,
      layers,
      { title: strings["map.legend"], more: strings["map.legendMore"], key: strings["map.legendKey"] },
      !narrow,
      `sm-legend-${chapter}`,
    );
    this.legendNarrow = narrow;
  }

  /**
   * How far down the map the legend reaches on phones (map pixels): its compact key, the size it
   * has while the reader reads (opened, it lies over the map on demand).
   */
  private legendBottom(): number {
    if (this.legend.hidden) return 0;
    const key = this.legend.querySelector<HTMLElement>(".sm-legend__toggle");
    if (!key) return this.legend.offsetTop + this.legend.offsetHeight;
    return this.legend.offsetTop + this.legend.clientTop + key.offsetTop + key.offsetHeight;
  }

  /**
   * On phones, the band of the map (map pixels) that no step card covers while the step is read
   * (readingBand), from the cards and the graphic measured now. Null where no card scrolls over
   * the map (wide screens, an embed, explore mode).
   */
  private readingBand(): Band | null {
    const el = this.host.el;
    const story = el.closest<HTMLElement>("scrolly-story");
    const graphic = el.closest<HTMLElement>(".scrolly__graphic");
    if (!this.narrow() || this.explore.exploring || !this.step || !story || !graphic) return null;
    const cards = [...story.querySelectorAll<HTMLElement>(".step__card")];
    const i = cards.findIndex((c) => c.closest(".step")?.id === this.step!.id);
    if (i < 0) return null;
    const stuckAt = parseFloat(getComputedStyle(graphic).top) || 0;
    return readingBand({
      screen: window.innerHeight,
      mapTopStuck: stuckAt + el.offsetTop + this.container.offsetTop,
      graphicBottomStuck: stuckAt + graphic.offsetHeight,
      legendBottom: this.legendBottom(),
      card: cards[i]!.getBoundingClientRect(),
      previousCard: i > 0 ? cards[i - 1]!.getBoundingClientRect() : null,
      storyBottom: story.getBoundingClientRect().bottom,
    });
  }

  private padding() {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    if (this.narrow())
      return mapPadding({
        width,
        height,
        narrow: true,
        legendBottom: this.legendBottom(),
        band: this.readingBand(),
      });
    const legendHeight = this.legend.hidden ? 0 : this.legend.offsetHeight;
    return mapPadding({ width, height, legendHeight, narrow: false });
  }

  private fitStep(): void {
    if (!this.step) return;
    const cam = this.target.cameraForBounds(this.step.bounds, { padding: this.padding() });
    if (cam) this.target.jumpTo(cam);
  }

  private animateRoute(from: number, to: number): void {
    const start = performance.now();
    const routes = this.routes();
    const shown = this.host.config.layers.filter(
      (l) => liveKind(l.kind).routeLine && this.step?.layers.includes(l.id),
    );
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / ROUTE_MS);
      this.routeShown = routeTween(from, to, t);
      for (const l of shown) drawRoute(this.target, l.id, routes[l.id] ?? [], this.routeShown);
      this.host.el.dataset.routeDrawn = this.routeShown.toFixed(2);
      if (t < 1) this.routeAnim = requestAnimationFrame(frame);
    };
    this.routeAnim = requestAnimationFrame(frame);
  }

  /** The marker image of each sites layer, in its colour (drawn here: no sprite to fetch). */
  private addIcons(): void {
    const c = palette[this.theme];
    for (const layer of this.host.config.layers) {
      const icon = liveKind(layer.kind).icon?.(layer, layerSymbol(layer), c);
      if (!icon) continue;
      const img = baseIcon(icon.shape, icon.fill, c.halo);
      const id = iconId(layer.id);
      if (this.map!.hasImage(id)) this.map!.updateImage(id, img);
      else this.map!.addImage(id, img, { pixelRatio: 2 });
    }
  }

  /** The legend and labels take the map's colours from CSS variables set here (one palette). */
  private setCssColours(): void {
    const c = palette[this.theme];
    for (const [k, v] of Object.entries(c)) this.host.el.style.setProperty(`--sm-${k}`, v);
  }

  private readonly onScheme = () => {
    this.theme = currentTheme();
    const c = palette[this.theme];
    for (const [layer, prop, value] of themePaint(c, this.host.config.layers)) {
      if (this.map!.getLayer(layer)) this.map!.setPaintProperty(layer, prop, value);
    }
    this.addIcons();
    this.setCssColours();
  };

  private onResize(): void {
    if (!this.map || this.destroyed) return;
    if (this.legendNarrow !== this.narrow()) this.drawLegend();
    this.map.resize();
    if (!this.explore.exploring) this.fitStep();
    this.layoutLabels();
  }

  private readonly onContextLost = () => this.host.onFail(new Error("WebGL context lost"));

  private layoutLabels(): void {
    if (!this.step || !this.map) return;
    // On phones, point labels stay in the band the camera frames the places in, that no card
    // covers while the step is read.
    const band = this.readingBand();
    const height = this.container.clientHeight;
    const labelArea = band
      ? {
          x: 0,
          y: band.top,
          w: this.container.clientWidth,
          h: Math.max(0, Math.min(band.bottom, height) - band.top),
        }
      : undefined;
    this.labels.layout([this.legend, this.exploreButton], labelArea);
  }

  private readonly onMove = () => {
    this.labels.follow();
    this.explore.follow();
  };

  private readonly onMoveEnd = () => {
    if (!this.applying && !this.map?.isMoving()) this.settle();
  };

  private settle(): void {
    if (!this.step || this.destroyed || !this.map) return;
    this.layoutLabels();
    const c = this.map.getCenter();
    const el = this.host.el;
    el.dataset.center = `${c.lng.toFixed(2)},${c.lat.toFixed(2)}`;
    el.dataset.zoom = this.map.getZoom().toFixed(2);
    el.dataset.settled = "true";
  }
}

/** Creates the live map of a chapter and shows `firstStepId`. */
export async function createLiveMap(
  host: LiveMapHost,
  choice: Exclude<RendererChoice, { kind: "static" }>,
  firstStepId: string,
): Promise<LiveMap> {
  const live = new LiveMap(host);
  try {
    await live.start(choice, firstStepId);
  } catch (e) {
    live.destroy();
    throw e;
  }
  return live;
}
