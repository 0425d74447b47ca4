import type { StoryMapConfig } from "../map/mapConfig";
import { chooseRenderer, detectWebgl, fallbackFor } from "../map/chooseRenderer";
import type { LiveMap } from "./map/liveMap";

/**
 * The map library and data load when the map is this close to the viewport (half a screen), and
 * not before the reader scrolls: the first view of the page stays light even when the first map
 * is near the top. A map already on screen (a deep link) loads at once.
 */
const ROOT_MARGIN = "50% 0px 50% 0px";
/** What counts as reaching for an embedded map: it then loads (data-load="interaction"). */
const INTERACTIONS = ["pointerenter", "pointerdown", "touchstart", "focusin"] as const;

/**
 * A live map this far from the viewport (three screens) is removed, and comes back when the reader
 * returns: a story with a map per chapter never holds more than a few WebGL contexts.
 */
const RELEASE_MARGIN = "300% 0px 300% 0px";

/** Adds or removes a word of a space-separated attribute (data-live="map chart"). */
export function toggleToken(el: HTMLElement, attr: string, token: string, on: boolean): void {
  const words = new Set((el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean));
  if (on) words.add(token);
  else words.delete(token);
  if (words.size) el.setAttribute(attr, [...words].join(" "));
  else el.removeAttribute(attr);
}

/**
 * <story-map> is a chapter's live map. It waits until the map nears the viewport, then loads the
 * map library and the basemap with import() and fetch (nothing of them is in the first load), and
 * follows the chapter's `stepchange` events. Until it is ready, and whenever WebGL is missing or
 * the map fails, the static map of the step (the <img> in the graphic) is what readers see.
 */
export class StoryMap extends HTMLElement {
  private config: StoryMapConfig | null = null;
  private observer: IntersectionObserver | null = null;
  private farObserver: IntersectionObserver | null = null;
  private story: HTMLElement | null = null;
  private graphic: HTMLElement | null = null;
  private live: LiveMap | null = null;
  private loading = false;
  /** The live map failed here once: the static map stays (no retry loop). */
  private failed = false;
  private generation = 0;

  private near = false;
  private readonly onFirstScroll = () => {
    if (this.near) void this.load();
  };
  private readonly onFirstInteraction = () => {
    this.removeInteractionListeners();
    void this.load();
  };

  private readonly onStep = (e: Event) => {
    const { id, kind } = (e as CustomEvent<{ id: string; kind: string }>).detail;
    if (kind === "map") this.live?.showStep(id);
  };

  connectedCallback(): void {
    // An embed carries its config in the page; the story's is a file fetched with the map.
    const json = this.querySelector<HTMLScriptElement>("script.story-map__config")?.textContent;
    if (json) this.config = JSON.parse(json) as StoryMapConfig;
    else if (!this.dataset.config) return;
    this.graphic = this.closest<HTMLElement>(".scrolly__graphic");
    this.story = this.closest<HTMLElement>("scrolly-story");
    this.dataset.renderer = "static";
    this.dataset.state = "waiting";
    this.story?.addEventListener("stepchange", this.onStep);
    if (this.dataset.load === "interaction") {
      // An embed: the static map until the reader reaches for the map (the host page stays light).
      for (const type of INTERACTIONS)
        (this.graphic ?? this).addEventListener(type, this.onFirstInteraction, { passive: true });
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        this.near = entries[entries.length - 1]!.isIntersecting;
        if (this.near) this.loadWhenScrolled();
      },
      { rootMargin: ROOT_MARGIN },
    );
    this.observer.observe(this.graphic ?? this);
    this.farObserver = new IntersectionObserver(
      (entries) => {
        if (!entries[entries.length - 1]!.isIntersecting) this.release();
      },
      { rootMargin: RELEASE_MARGIN },
    );
    this.farObserver.observe(this.graphic ?? this);
  }

  disconnectedCallback(): void {
    window.removeEventListener("scroll", this.onFirstScroll);
    this.removeInteractionListeners();
    this.observer?.disconnect();
    this.observer = null;
    this.farObserver?.disconnect();
    this.farObserver = null;
    this.story?.removeEventListener("stepchange", this.onStep);
    this.release();
  }

  /** Removes the live map (map.remove()); the static map shows until it loads again. */
  private release(): void {
    this.generation++;
    this.loading = false;
    // A map released while it loads goes back to waiting too: its load() sees the new generation
    // and drops the map, and a "loading" left behind would never change (tests wait on it).
    if (this.dataset.state === "loading") this.dataset.state = "waiting";
    if (this.live) {
      this.live.destroy();
      this.live = null;
      this.dataset.state = "waiting";
      this.dataset.renderer = "static";
    }
    if (this.graphic) toggleToken(this.graphic, "data-live", "map", false);
  }

  /** Where a point is on the live map (CSS pixels), or null while the static map shows. */
  projectPoint(lngLat: [number, number]): { x: number; y: number } | null {
    return this.live?.project(lngLat) ?? null;
  }

  /** The current step's frame on screen, with the map's size and padding; null without a live map. */
  frameOnScreen(): ReturnType<LiveMap["frameOnScreen"]> {
    return this.live?.frameOnScreen() ?? null;
  }

  private removeInteractionListeners(): void {
    for (const type of INTERACTIONS)
      (this.graphic ?? this).removeEventListener(type, this.onFirstInteraction);
  }

  /** Loads now if the reader has scrolled or the map is on screen; else at the first scroll. */
  private loadWhenScrolled(): void {
    const box = (this.graphic ?? this).getBoundingClientRect();
    const onScreen = box.top < window.innerHeight && box.bottom > 0;
    if (window.scrollY > 0 || onScreen) void this.load();
    else window.addEventListener("scroll", this.onFirstScroll, { passive: true, once: true });
  }

  /** The map's config: in the page (an embed) or fetched once from data-config (the story). */
  private async loadConfig(): Promise<StoryMapConfig> {
    if (this.config) return this.config;
    const response = await fetch(this.dataset.config!);
    if (!response.ok) throw new Error(`${this.dataset.config}: HTTP ${response.status}`);
    this.config = (await response.json()) as StoryMapConfig;
    return this.config;
  }

  /** The active step of the chapter if it is one of this map's steps, else its first step. */
  private currentStepId(): string {
    const steps = this.config!.steps;
    const active = this.graphic?.dataset.step;
    return steps.find((s) => s.id === active)?.id ?? steps[0]!.id;
  }

  private async load(): Promise<void> {
    if (this.loading || this.live || this.failed) return;
    this.loading = true;
    const generation = this.generation;
    const scheme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    const choice = chooseRenderer(
      {
        PUBLIC_MAPBOX_TOKEN: import.meta.env.PUBLIC_MAPBOX_TOKEN,
        PUBLIC_MAPBOX_STYLE: import.meta.env.PUBLIC_MAPBOX_STYLE,
      },
      detectWebgl(),
      scheme,
    );
    if (choice.kind === "static") {
      this.dataset.state = "static";
      return;
    }
    this.dataset.state = "loading";
    try {
      const [{ createLiveMap }, config] = await Promise.all([import("./map/liveMap"), this.loadConfig()]);
      if (generation !== this.generation) return;
      const live = await createLiveMap(
        { el: this, config, onFail: (e) => this.fail(e) },
        choice,
        this.currentStepId(),
      );
      if (generation !== this.generation) {
        live.destroy();
        return;
      }
      this.live = live;
      // Steps may have changed while the map loaded.
      live.showStep(this.currentStepId(), true);
      this.dataset.renderer = live.renderer;
      this.dataset.state = "ready";
      if (this.graphic) toggleToken(this.graphic, "data-live", "map", true);
    } catch (e) {
      if (generation === this.generation) this.fail(e);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private fail(reason: unknown): void {
    console.warn(
      `[story-map] The live map failed (${reason instanceof Error ? reason.message : String(reason)}): showing the static map.`,
    );
    this.failed = true;
    this.live?.destroy();
    this.live = null;
    this.dataset.renderer = fallbackFor("maplibre").kind;
    this.dataset.state = "failed";
    if (this.graphic) toggleToken(this.graphic, "data-live", "map", false);
  }
}

if (!customElements.get("story-map")) customElements.define("story-map", StoryMap);
