import type { LegendSymbolId, MapStep } from "../../map/mapStep";

const SVG = "http://www.w3.org/2000/svg";

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The legend swatch of a symbol: the same shapes as the static map's legend. */
export function legendSwatch(symbol: LegendSymbolId): SVGSVGElement {
  const svg = svgEl("svg", {
    viewBox: "0 0 20 18",
    width: 20,
    height: 18,
    "aria-hidden": "true",
  }) as SVGSVGElement;
  svg.classList.add("sm-sym");
  const shape = (() => {
    switch (symbol) {
      case "region":
        return svgEl("rect", { class: "sm-region", x: 1, y: 1, width: 18, height: 16 });
      case "region-hi":
        return svgEl("rect", { class: "sm-region-hi", x: 1, y: 1, width: 18, height: 16 });
      case "river":
        return svgEl("path", { class: "sm-river", d: "M1,13q5,-10 9,-4t9,-4" });
      case "attack":
        return svgEl("circle", { class: "sm-attack", cx: 10, cy: 9, r: 7 });
      case "france":
        return svgEl("rect", { class: "sm-france", x: 3, y: 2, width: 14, height: 14 });
      case "us":
        return svgEl("path", { class: "sm-us", d: "M10,0l9,9l-9,9l-9,-9z" });
      case "route":
        return svgEl("path", { class: "sm-route", d: "M0,9h20" });
      case "pact":
        return svgEl("rect", { class: "sm-pact", x: 1, y: 1, width: 18, height: 16 });
      case "tri":
        return svgEl("circle", { class: "sm-tri", cx: 10, cy: 9, r: 6.5 });
      case "event":
        return svgEl("circle", { class: "sm-event", cx: 10, cy: 9, r: 6.5 });
      case "approx":
        return svgEl("circle", { class: "sm-ring", cx: 10, cy: 9, r: 7.5 });
    }
  })();
  svg.append(shape);
  return svg;
}

/**
 * Fills the legend box with a step's legend items, then its notes and credits in a <details> that
 * is open on wide screens and closed on phones, where the legend must stay small.
 */
export function renderLegend(
  el: HTMLElement,
  step: MapStep,
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
    li.append(legendSwatch(item.symbol), document.createTextNode(item.label));
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
      li.textContent = n;
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
