import type { Basemap } from "../map/basemap";
import type { StoryMapConfig } from "../map/mapConfig";
import type { MapStep } from "../map/mapStep";
import type { Overlay } from "../map/overlay";
import type { RendererChoice } from "../map/chooseRenderer";
import type { LayerId } from "../map/layers";
import { applyStep, drawRoute, routeTween, type StoryMapTarget } from "../map/applyStep";
import {
  baseIcon,
  iconIds,
  offlineStyle,
  palette,
  storyLayers,
  themePaint,
  type SourceId,
  type Theme,
} from "../map/style";
import { mapPadding, NARROW_MAX_WIDTH } from "../map/padding";
import { layoutMapLabels, type AreaLabelInput, type PointLabelInput } from "../map/labelLayout";
import { addStoryLayers, setInteractive, storyTarget, type GLMapLike } from "./map/glMap";
import { renderLegend } from "./map/legend";
import { popupFor, renderPopup } from "./map/popup";

/** Style layers whose features open a popup in explore mode, by story layer. */
const CLICKABLE: Partial<Record<LayerId, string>> = {
  attacks: "attacks-circle",
  "french-bases": "bases-france",
  "us-bases": "bases-us",
  "conflict-events": "events-circle",
};

/** How long the route takes to grow from one step's share to the next one's. */
const ROUTE_MS = 1600;

export interface LiveMapHost {
  /** The <story-map> element: it carries the data attributes and the overlay DOM. */
  el: HTMLElement;
  config: StoryMapConfig;
  /** Called when the live map stops working after it was shown (context lost …). */
  onFail(reason: unknown): void;
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function currentTheme(): Theme {
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function reducedMotion(): boolean {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

interface LabelState {
  el: HTMLElement;
  /** Where the label is anchored now: its first point or one of its alternatives. */
  lngLat: [number, number];
  anchors: [number, number][];
  dx: number;
  dy: number;
  placed: boolean;
}

/**
 * The live map of one chapter: a MapLibre (or Mapbox) map driven by the story's steps, with DOM
 * labels, a legend, and an explore mode after the last step. Everything it does to the map goes
 * through applyStep() (src/map/applyStep.ts), the same logic the unit tests check.
 */
export class LiveMap {
  renderer: "maplibre" | "mapbox" = "maplibre";
  private map!: GLMapLike;
  private target!: StoryMapTarget;
  private overlay!: Overlay;
  private basemap!: Basemap;
  private step: MapStep | null = null;
  private routeShown = 0;
  private routeAnim = 0;
  private labels = new Map<string, LabelState>();
  private areaLabels: {
    id: string;
    kind: "country" | "region";
    lngLat: [number, number];
    el: HTMLElement;
  }[] = [];
  private exploring = false;
  private removeNavigation: (() => void) | null = null;
  private addNavigation: ((m: GLMapLike) => () => void) | null = null;
  private popupAt: [number, number] | null = null;
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
    [this.basemap, this.overlay] = await Promise.all([
      fetchJson<Basemap>(config.basemapUrl),
      fetchJson<Overlay>(config.overlayUrl),
    ]);
    const c = palette[this.theme];
    const sources: Record<SourceId, unknown> = {
      basemap: this.basemap,
      events: this.overlay.events,
      route: { type: "FeatureCollection", features: [] },
      "attack-rings": this.overlay.attackRings,
      attacks: this.overlay.attacks,
      "tri-border": this.overlay.triBorder,
      bases: this.overlay.bases,
      places: this.overlay.places,
    };
    let map: GLMapLike | null = null;
    if (choice.kind === "mapbox") {
      try {
        const mb = await import("./map/mapboxRenderer");
        map = await mb.createMapboxMap(this.container, choice.token, choice.style);
        // Mapbox's own labels would repeat ours: the story labels every place it marks.
        for (const l of map.getStyle()?.layers ?? [])
          if (l.type === "symbol") map.setLayoutProperty(l.id, "visibility", "none");
        // Mapbox's style is the basemap; the story's own layers (regions, river, highlights and
        // every overlay) go on top of it, from the same sources as on the offline map.
        addStoryLayers(map, sources, storyLayers(c));
        this.addNavigation = mb.addNavigation;
        this.renderer = "mapbox";
      } catch (e) {
        console.warn(
          `[story-map] The Mapbox map could not load (${e instanceof Error ? e.message : String(e)}): falling back to the offline MapLibre map.`,
        );
        map = null;
        this.container.replaceChildren();
      }
    }
    if (!map) {
      const ml = await import("./map/maplibreRenderer");
      map = await ml.createMaplibreMap(this.container, offlineStyle(c, sources, ""), false);
      this.addNavigation = ml.addNavigation;
      this.renderer = "maplibre";
    }
    if (this.destroyed) {
      map.remove();
      return;
    }
    this.map = map;
    this.target = storyTarget(map);
    this.addIcons();
    this.setCssColours();
    setInteractive(map, false);
    this.storyCanvas();

    map.on("move", this.onMove);
    map.on("moveend", this.onMoveEnd);
    map.on("click", this.onClick as (e: never) => void);
    map.getCanvas().addEventListener("webglcontextlost", this.onContextLost);
    this.schemeQuery.addEventListener("change", this.onScheme);
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.host.el);
    this.exploreButton.addEventListener("click", this.enterExplore);
    this.backButton.addEventListener("click", this.exitExplore);
    document.addEventListener("keydown", this.onKey);

    this.buildAreaLabels();
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
    if (this.exploring) this.exitExplore();
    this.step = step;
    const { strings } = this.host.config;
    renderLegend(
      this.legend,
      step,
      { title: strings["map.legend"], more: strings["map.legendMore"] },
      !this.narrow(),
    );
    this.exploreButton.hidden = step.id !== this.host.config.lastStepId;
    this.closePopup();
    const from = this.routeShown;
    const to = step.layers.includes("french-withdrawal") ? step.routeProgress : 0;
    const animateRoute = !instant && !reducedMotion() && to > from;
    cancelAnimationFrame(this.routeAnim);
    const applied = applyStep(this.target, step, this.overlay.aes.members, {
      padding: this.padding(),
      reducedMotion: instant || reducedMotion(),
      route: this.overlay.route.coordinates,
      routeProgress: animateRoute ? from : to,
    });
    this.routeShown = applied.routeProgress;
    if (animateRoute) this.animateRoute(from, to);
    this.renderLabels(step);
    const el = this.host.el;
    el.dataset.step = step.id;
    el.dataset.layers = applied.layers.join(" ");
    el.dataset.routeProgress = String(to);
    el.dataset.settled = "false";
    // A flight that starts fires moveend when it ends; a camera that does not move fires nothing.
    requestAnimationFrame(() => {
      if (!this.map.isMoving()) this.settle();
    });
  }

  /** Where a point is on the map, in CSS pixels from its top-left corner. */
  project(lngLat: [number, number]): { x: number; y: number } {
    const p = this.map.project(lngLat);
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
    document.removeEventListener("keydown", this.onKey);
    this.exploreButton.removeEventListener("click", this.enterExplore);
    this.backButton.removeEventListener("click", this.exitExplore);
    if (this.exploring) this.setExploring(false);
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

  private narrow(): boolean {
    return window.innerWidth < NARROW_MAX_WIDTH;
  }

  private padding() {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const narrow = this.narrow();
    const legendHeight = this.legend.hidden ? 0 : this.legend.offsetHeight;
    return mapPadding({ width, height, legendHeight, narrow });
  }

  private animateRoute(from: number, to: number): void {
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / ROUTE_MS);
      this.routeShown = routeTween(from, to, t);
      drawRoute(this.target, this.overlay.route.coordinates, this.routeShown);
      this.host.el.dataset.routeDrawn = this.routeShown.toFixed(2);
      if (t < 1) this.routeAnim = requestAnimationFrame(frame);
    };
    this.routeAnim = requestAnimationFrame(frame);
  }

  private addIcons(): void {
    const c = palette[this.theme];
    const icons = [
      [iconIds.france, baseIcon("square", c.france, c.halo)],
      [iconIds.us, baseIcon("diamond", c.us, c.halo)],
    ] as const;
    for (const [id, img] of icons) {
      if (this.map.hasImage(id)) this.map.updateImage(id, img);
      else this.map.addImage(id, img, { pixelRatio: 2 });
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
    for (const [layer, prop, value] of themePaint(c)) {
      if (this.map.getLayer(layer)) this.map.setPaintProperty(layer, prop, value);
    }
    this.addIcons();
    this.setCssColours();
  };

  private onResize(): void {
    if (!this.map || this.destroyed) return;
    this.map.resize();
    if (this.step && !this.exploring) {
      const cam = this.target.cameraForBounds(this.step.bounds, { padding: this.padding() });
      if (cam) this.target.jumpTo(cam);
    }
    this.layoutLabels();
  }

  private readonly onContextLost = () => this.host.onFail(new Error("WebGL context lost"));

  // —— labels ————————————————————————————————————————————————————————————————

  private buildAreaLabels(): void {
    this.areaLabels = [];
    for (const f of this.basemap.features) {
      const k = f.properties.kind;
      if (
        (k !== "country-label" && k !== "region-label") ||
        f.geometry.type !== "Point" ||
        !f.properties.name
      )
        continue;
      const el = document.createElement("div");
      el.className = `sm-area sm-area--${k === "country-label" ? "country" : "region"}`;
      el.textContent = f.properties.name;
      this.areaLabels.push({
        id: `${k}-${f.properties.id ?? f.properties.name}`,
        kind: k === "country-label" ? "country" : "region",
        lngLat: f.geometry.coordinates as [number, number],
        el,
      });
    }
  }

  private renderLabels(step: MapStep): void {
    const nodes: HTMLElement[] = [];
    const next = new Map<string, LabelState>();
    for (const l of step.labels) {
      const el = document.createElement("div");
      el.className = `sm-label sm-label--${l.kind}`;
      el.dataset.id = l.id;
      const name = document.createElement("strong");
      name.textContent = l.text;
      el.append(name);
      for (const s of l.sub) {
        const span = document.createElement("span");
        span.textContent = s;
        el.append(span);
      }
      next.set(l.id, {
        el,
        lngLat: l.lngLat,
        anchors: [l.lngLat, ...(l.alts ?? [])],
        dx: 0,
        dy: 0,
        placed: false,
      });
      nodes.push(el);
    }
    const regionsOn = step.layers.includes("regions");
    for (const a of this.areaLabels) {
      a.el.classList.remove("is-visible");
      if (a.kind === "region" && !regionsOn) continue;
      nodes.push(a.el);
    }
    this.labels = next;
    this.labelLayer.replaceChildren(...nodes);
  }

  /** Places every label for the settled camera (see layoutMapLabels) and shows it. */
  private layoutLabels(): void {
    if (!this.step || !this.map) return;
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const points: PointLabelInput[] = [];
    for (const [id, l] of this.labels) {
      const [p, ...alts] = l.anchors.map((a) => this.map.project(a));
      points.push({ id, x: p!.x, y: p!.y, w: l.el.offsetWidth, h: l.el.offsetHeight, alts });
    }
    const areas: (AreaLabelInput & { el: HTMLElement })[] = [];
    for (const a of this.areaLabels) {
      if (!a.el.isConnected) continue;
      const p = this.map.project(a.lngLat);
      if (p.x < -200 || p.y < -50 || p.x > width + 200 || p.y > height + 50) {
        a.el.classList.remove("is-visible");
        continue;
      }
      areas.push({
        id: a.id,
        kind: a.kind,
        x: p.x,
        y: p.y,
        w: a.el.offsetWidth,
        h: a.el.offsetHeight,
        el: a.el,
      });
    }
    // Region names before country names: at the story's zooms they say more.
    areas.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "region" ? -1 : 1));
    const obstacles = [this.legend, this.exploreButton]
      .filter((e) => !e.hidden && e.offsetWidth > 0)
      .map((e) => ({ x: e.offsetLeft, y: e.offsetTop, w: e.offsetWidth, h: e.offsetHeight }));
    const placed = layoutMapLabels(points, areas, { width, height, obstacles });
    const byId = new Map(placed.map((p) => [p.id, p]));
    for (const pt of points) {
      const l = this.labels.get(pt.id)!;
      const at = byId.get(pt.id)!;
      const anchor = at.anchor === 0 ? pt : pt.alts![at.anchor - 1]!;
      l.lngLat = l.anchors[at.anchor]!;
      l.dx = at.x - anchor.x;
      l.dy = at.y - anchor.y;
      l.placed = true;
      l.el.style.transform = `translate(${at.x}px, ${at.y}px)`;
      l.el.dataset.side = at.side;
      l.el.classList.add("is-visible");
    }
    for (const a of areas) {
      const at = byId.get(a.id)!;
      a.el.style.transform = `translate(${at.x}px, ${at.y}px)`;
      a.el.classList.toggle("is-visible", at.visible);
    }
  }

  private readonly onMove = () => {
    // Labels follow their points while the camera moves; area names hide until it settles.
    for (const l of this.labels.values()) {
      if (!l.placed) continue;
      const p = this.map.project(l.lngLat);
      l.el.style.transform = `translate(${p.x + l.dx}px, ${p.y + l.dy}px)`;
    }
    if (this.popupAt) this.positionPopup();
  };

  private readonly onMoveEnd = () => {
    if (!this.map.isMoving()) this.settle();
  };

  private settle(): void {
    if (!this.step || this.destroyed) return;
    this.layoutLabels();
    const c = this.map.getCenter();
    const el = this.host.el;
    el.dataset.center = `${c.lng.toFixed(2)},${c.lat.toFixed(2)}`;
    el.dataset.zoom = this.map.getZoom().toFixed(2);
    el.dataset.settled = "true";
  }

  // —— explore mode ————————————————————————————————————————————————————————————

  private storyCanvas(): void {
    // During the story the map is a picture: out of the tab order and hidden from screen readers
    // (the step's alt text and data table say what it shows).
    const canvas = this.map.getCanvas();
    canvas.setAttribute("tabindex", "-1");
    this.container.setAttribute("aria-hidden", "true");
  }

  private setExploring(on: boolean): void {
    this.exploring = on;
    const el = this.host.el;
    // The top layer puts the map above the step cards, whatever stacking context the sticky
    // graphic makes; the element stays where it is in the DOM.
    if (on) {
      el.setAttribute("popover", "manual");
      el.showPopover();
    } else if (el.hasAttribute("popover")) {
      if (el.matches(":popover-open")) el.hidePopover();
      el.removeAttribute("popover");
    }
    el.classList.toggle("is-exploring", on);
    this.host.el.dataset.mode = on ? "explore" : "story";
    document.documentElement.classList.toggle("story-map-exploring", on);
    this.exploreButton.hidden = on || this.step?.id !== this.host.config.lastStepId;
    this.backButton.hidden = !on;
    this.hint.hidden = !on;
    setInteractive(this.map, on);
    const canvas = this.map.getCanvas();
    if (on) {
      this.container.removeAttribute("aria-hidden");
      canvas.setAttribute("tabindex", "0");
      this.removeNavigation = this.addNavigation?.(this.map) ?? null;
    } else {
      this.storyCanvas();
      this.removeNavigation?.();
      this.removeNavigation = null;
      this.closePopup();
    }
    this.map.resize();
  }

  private readonly enterExplore = () => {
    if (this.exploring) return;
    this.setExploring(true);
    this.backButton.focus();
    this.layoutLabels();
  };

  private readonly exitExplore = () => {
    if (!this.exploring) return;
    this.setExploring(false);
    if (this.step) {
      const cam = this.target.cameraForBounds(this.step.bounds, { padding: this.padding() });
      if (cam) this.target.jumpTo(cam);
    }
    this.layoutLabels();
    if (!this.exploreButton.hidden) this.exploreButton.focus();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.exploring) return;
    if (this.popupAt) this.closePopup();
    else this.exitExplore();
  };

  private readonly onClick = (e: { point: { x: number; y: number } }) => {
    if (!this.exploring) return;
    const { x, y } = e.point;
    const layers = (this.step?.layers ?? []).flatMap((l) => (CLICKABLE[l] ? [CLICKABLE[l]] : []));
    const hits = this.map.queryRenderedFeatures(
      [
        [x - 6, y - 6],
        [x + 6, y + 6],
      ],
      { layers },
    );
    const hit = hits[0];
    const { config } = this.host;
    const content = hit
      ? popupFor(
          { layer: hit.layer.id, properties: hit.properties ?? {} },
          this.overlay,
          config.strings,
          config.locale,
          config.ucdpUrl,
        )
      : null;
    if (!content) {
      this.closePopup();
      return;
    }
    renderPopup(this.popup, content, config.strings["map.close"], config.strings["map.sources"], () =>
      this.closePopup(),
    );
    this.popupAt = content.lngLat;
    this.positionPopup();
    this.popup.querySelector<HTMLElement>(".sm-popup__close")?.focus();
  };

  private positionPopup(): void {
    if (!this.popupAt) return;
    const p = this.map.project(this.popupAt);
    this.popup.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
  }

  private closePopup(): void {
    this.popupAt = null;
    this.popup.hidden = true;
    this.popup.replaceChildren();
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
