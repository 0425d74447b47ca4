import type { StoryMapConfig } from "../../map/mapConfig";
import type { Overlay } from "../../map/overlay";
import type { MapStep } from "../../map/mapStep";
import { styleLayerId } from "../../map/style";
import { liveKind } from "../../map/layers/liveRegistry";
import { setInteractive, type GLMapLike } from "./glMap";
import { popupFor, renderPopup } from "./popup";
import { labelled } from "../../i18n/punctuation";

export interface ExploreHost {
  /** The <story-map> element. */
  el: HTMLElement;
  map: GLMapLike;
  container: HTMLElement;
  config: StoryMapConfig;
  overlay: Overlay;
  exploreButton: HTMLButtonElement;
  backButton: HTMLButtonElement;
  hint: HTMLElement;
  popup: HTMLElement;
  /** The step shown now. */
  step(): MapStep | null;
  /** Called after the mode changes: the camera goes back to the step and labels are laid out. */
  onChange(exploring: boolean): void;
  addNavigation: ((m: GLMapLike) => () => void) | null;
}

/**
 * Explore mode, after a chapter's last map step: the map leaves the story's flow (top layer),
 * takes pan, zoom and keyboard, and opens a popup for a clicked mark. Esc closes the popup, then
 * the mode.
 */
export class ExploreMode {
  exploring = false;
  private removeNavigation: (() => void) | null = null;
  private popupAt: [number, number] | null = null;

  constructor(private readonly h: ExploreHost) {
    this.storyCanvas();
    h.exploreButton.addEventListener("click", this.enter);
    h.backButton.addEventListener("click", this.exit);
    document.addEventListener("keydown", this.onKey);
    h.map.on("click", this.onClick as (e: never) => void);
  }

  /** Shows the Explore button only after the chapter's last step. */
  stepShown(step: MapStep): void {
    if (this.exploring) this.exit();
    this.h.exploreButton.hidden = step.id !== this.h.config.lastStepId;
    this.closePopup();
  }

  /** Keeps the popup on its point while the camera moves. */
  follow(): void {
    if (this.popupAt) this.positionPopup();
  }

  destroy(): void {
    document.removeEventListener("keydown", this.onKey);
    this.h.exploreButton.removeEventListener("click", this.enter);
    this.h.backButton.removeEventListener("click", this.exit);
    if (this.exploring) this.set(false);
    this.h.exploreButton.hidden = true;
    this.h.popup.hidden = true;
  }

  private storyCanvas(): void {
    // During the story the map is a picture: out of the tab order and hidden from screen readers
    // (the step's alt text and data table say what it shows).
    this.h.map.getCanvas().setAttribute("tabindex", "-1");
    this.h.container.setAttribute("aria-hidden", "true");
  }

  private set(on: boolean): void {
    this.exploring = on;
    const { el, map } = this.h;
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
    el.dataset.mode = on ? "explore" : "story";
    document.documentElement.classList.toggle("story-map-exploring", on);
    this.h.exploreButton.hidden = on || this.h.step()?.id !== this.h.config.lastStepId;
    this.h.backButton.hidden = !on;
    this.h.hint.hidden = !on;
    setInteractive(map, on);
    if (on) {
      this.h.container.removeAttribute("aria-hidden");
      map.getCanvas().setAttribute("tabindex", "0");
      this.removeNavigation = this.h.addNavigation?.(map) ?? null;
    } else {
      this.storyCanvas();
      this.removeNavigation?.();
      this.removeNavigation = null;
      this.closePopup();
    }
    map.resize();
  }

  private readonly enter = () => {
    if (this.exploring) return;
    this.set(true);
    this.h.backButton.focus();
    this.h.onChange(true);
  };

  private readonly exit = () => {
    if (!this.exploring) return;
    this.set(false);
    this.h.onChange(false);
    if (!this.h.exploreButton.hidden) this.h.exploreButton.focus();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.exploring) return;
    if (this.popupAt) this.closePopup();
    else this.exit();
  };

  private readonly onClick = (e: { point: { x: number; y: number } }) => {
    if (!this.exploring) return;
    const { x, y } = e.point;
    const { config, overlay, map } = this.h;
    const shown = new Set(this.h.step()?.layers ?? []);
    const clickable = new Map(
      config.layers.flatMap((l) => {
        const part = shown.has(l.id) ? liveKind(l.kind).clickable : undefined;
        return part ? [[styleLayerId(l.id, part), l] as const] : [];
      }),
    );
    const hit = map.queryRenderedFeatures(
      [
        [x - 6, y - 6],
        [x + 6, y + 6],
      ],
      { layers: [...clickable.keys()] },
    )[0];
    const layer = hit ? clickable.get(hit.layer.id) : undefined;
    const content = layer
      ? popupFor(
          { layer, properties: hit!.properties ?? {} },
          overlay.layers[layer.id],
          config.strings,
          config.layerStrings[layer.id] ?? {},
          config.locale,
        )
      : null;
    if (!content) {
      this.closePopup();
      return;
    }
    const sourcesLead = labelled(config.strings, config.strings["map.sources"], "");
    renderPopup(this.h.popup, content, config.strings["map.close"], sourcesLead, () => this.closePopup());
    this.popupAt = content.lngLat;
    this.positionPopup();
    this.h.popup.querySelector<HTMLElement>(".sm-popup__close")?.focus();
  };

  private positionPopup(): void {
    if (!this.popupAt) return;
    const p = this.h.map.project(this.popupAt);
    this.h.popup.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
  }

  private closePopup(): void {
    this.popupAt = null;
    this.h.popup.hidden = true;
    this.h.popup.replaceChildren();
  }
}
