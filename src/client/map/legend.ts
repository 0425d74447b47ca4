import type { MapStep } from "../../map/mapStep";
import { svgPaint, swatchShape, SWATCH, type MapSymbol } from "../../map/symbols";
import { symbolFor } from "../../map/layers/liveRegistry";
import type { MapLayer } from "../../map/mapLayers";

const SVG = "http://www.w3.org/2000/svg";

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * The legend swatch of a symbol: the same geometry, widths and dashes as the static map's legend
 * (src/map/symbols.ts); colours are the live map's palette through its CSS variables.
 */
export function legendSwatch(symbol: MapSymbol): SVGSVGElement {
  const svg = svgEl("svg", {
    viewBox: `0 0 ${SWATCH.width} ${SWATCH.height}`,
    width: SWATCH.width,
    height: SWATCH.height,
    "aria-hidden": "true",
  }) as SVGSVGElement;
  svg.classList.add("sm-sym");
  const shape = swatchShape(symbol);
  const { fill, stroke, attrs } = svgPaint(symbol);
  const el = svgEl(shape.tag, { ...shape.attrs, ...attrs });
  // CSSOM, not a style attribute: allowed by the page's CSP.
  if (fill) el.style.fill = `var(--sm-${fill})`;
  if (stroke) el.style.stroke = `var(--sm-${stroke})`;
  svg.append(el);
  return svg;
}

/** The words the legend shows, from content/i18n (no defaults in code). */
export interface LegendStrings {
  /** Its heading (for screen readers; wide screens). */
  title: string;
  /** The summary of its notes and credits (wide screens). */
  more: string;
  /** The name of the button that opens the compact key (phones). */
  key: string;
}

function legendParts(step: MapStep, layers: readonly MapLayer[]) {
  const items = document.createElement("ul");
  items.className = "sm-legend__items";
  for (const item of step.legend) {
    const li = document.createElement("li");
    li.append(legendSwatch(symbolFor(item.symbol, layers)), document.createTextNode(item.label));
    items.append(li);
  }
  const notes = document.createElement("ul");
  notes.className = "sm-legend__notes";
  for (const n of step.notes) {
    const li = document.createElement("li");
    li.textContent = n.text;
    notes.append(li);
  }
  const credit = document.createElement("p");
  credit.className = "sm-legend__credit";
  credit.textContent = step.credits.join(" · ");
  return { items, notes: step.notes.length ? [notes] : [], credit };
}

/**
 * Fills the legend box with a step's legend. Wide screens: its items, then its notes and credits
 * in an open <details>. Phones, where the legend must leave the map to the places: a compact key,
 * one button (the items' swatches and the word for the key) that opens the items, notes and
 * credits over the map on demand (aria-expanded). A new step closes it; the button itself stays,
 * so keyboard focus on it survives the step change.
 */
export function renderLegend(
  el: HTMLElement,
  step: MapStep,
  /** The declared layers, whose symbols the legend names. */
  layers: readonly MapLayer[],
  strings: LegendStrings,
  wide: boolean,
  /** A page-unique id for the compact key's panel (aria-controls). */
  panelId: string,
): void {
  const { items, notes, credit } = legendParts(step, layers);
  el.hidden = false;
  if (wide) {
    const heading = document.createElement("p");
    heading.className = "sm-legend__title";
    heading.textContent = strings.title;
    const more = document.createElement("details");
    more.className = "sm-legend__more";
    more.open = true;
    const summary = document.createElement("summary");
    summary.textContent = strings.more;
    more.append(summary, ...notes, credit);
    el.replaceChildren(heading, items, more);
    delete el.dataset.compact;
    delete el.dataset.open;
    return;
  }
  el.dataset.compact = "";
  let toggle = el.querySelector<HTMLButtonElement>(":scope > .sm-legend__toggle");
  if (!toggle) {
    toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "sm-legend__toggle";
    toggle.addEventListener("click", () => setLegendOpen(el, el.dataset.open === undefined));
    el.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || el.dataset.open === undefined) return;
      // The key closes, and the map's explore mode (which Escape also leaves) is not told.
      e.stopPropagation();
      setLegendOpen(el, false);
      el.querySelector<HTMLButtonElement>(".sm-legend__toggle")?.focus();
    });
  }
  toggle.setAttribute("aria-controls", panelId);
  const swatches = document.createElement("span");
  swatches.className = "sm-legend__swatches";
  swatches.setAttribute("aria-hidden", "true");
  for (const item of step.legend) swatches.append(legendSwatch(symbolFor(item.symbol, layers)));
  const name = document.createElement("span");
  name.textContent = strings.key;
  toggle.replaceChildren(swatches, name);
  const panel = document.createElement("div");
  panel.className = "sm-legend__panel";
  panel.id = panelId;
  panel.append(items, ...notes, credit);
  for (const child of [...el.children]) if (child !== toggle) child.remove();
  if (!toggle.isConnected) el.prepend(toggle);
  el.append(panel);
  setLegendOpen(el, false);
}

/** Opens or closes the compact key (phones). */
export function setLegendOpen(el: HTMLElement, open: boolean): void {
  const toggle = el.querySelector<HTMLButtonElement>(".sm-legend__toggle");
  const panel = el.querySelector<HTMLElement>(".sm-legend__panel");
  if (!toggle || !panel) return;
  toggle.setAttribute("aria-expanded", String(open));
  panel.hidden = !open;
  if (open) el.dataset.open = "";
  else delete el.dataset.open;
}
