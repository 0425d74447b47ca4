import type { MapStep } from "../../map/mapStep";
import { svgPaint, swatchShape, symbolFor, SWATCH, type MapSymbol } from "../../map/symbols";
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

/**
 * Fills the legend box with a step's legend items, then its notes and credits in a <details> that
 * is open on wide screens and closed on phones, where the legend must stay small.
 */
export function renderLegend(
  el: HTMLElement,
  step: MapStep,
  /** The declared layers, whose symbols the legend names. */
  layers: readonly MapLayer[],
  strings: { title: string; more: string },
  wide: boolean,
): void {
  const heading = document.createElement("p");
  heading.className = "sm-legend__title";
  heading.textContent = strings.title;
  const items = document.createElement("ul");
  items.className = "sm-legend__items";
  for (const item of step.legend) {
    const li = document.createElement("li");
    li.append(legendSwatch(symbolFor(item.symbol, layers)), document.createTextNode(item.label));
    items.append(li);
  }
  const more = document.createElement("details");
  more.className = "sm-legend__more";
  more.open = wide;
  const summary = document.createElement("summary");
  summary.textContent = strings.more;
  more.append(summary);
  if (step.notes.length) {
    const notes = document.createElement("ul");
    notes.className = "sm-legend__notes";
    for (const n of step.notes) {
      const li = document.createElement("li");
      li.textContent = n.text;
      notes.append(li);
    }
    more.append(notes);
  }
  const credit = document.createElement("p");
  credit.className = "sm-legend__credit";
  credit.textContent = step.credits.join(" · ");
  more.append(credit);
  el.replaceChildren(heading, items, more);
  el.hidden = false;
}
