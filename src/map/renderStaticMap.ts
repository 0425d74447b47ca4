import { palette, type Palette } from "./style";
import type { Strings } from "../i18n/strings";
import { translate } from "../i18n/strings";
import { LABEL_SIZE, LEGEND_SIZE, NOTE_SIZE, type StaticMapModel } from "./staticMap";
import { buildKind } from "./layers/registry";
import { markerShape, svgPaint, swatchShape, symbols, type MapSymbol, type SvgShape } from "./symbols";

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * Colours of the static maps: the live map's palette (src/map/style.ts), light and dark. Each
 * symbol drawn (src/map/symbols.ts: the same tokens, widths and dashes as the live map and its
 * legend) gets one class, `m0`, `m1` …, with its paint in both schemes.
 * Colours are written out (no CSS variables) so that rasterisers without var() support (librsvg,
 * used for PNG exports) draw the light scheme; browsers also apply the dark one.
 */
function colourRules(c: Palette, used: MapSymbol[]): string {
  const marks = used
    .map((sym, i) => {
      const { fill, stroke } = svgPaint(sym);
      const rules = [fill ? `fill:${c[fill]}` : "", stroke ? `stroke:${c[stroke]}` : ""].filter(Boolean);
      return rules.length ? `.m${i}{${rules.join(";")}}` : "";
    })
    .join("");
  return `
.bg{fill:${c.land}}.sea{fill:${c.sea}}
text{fill:${c.ink}}
.halo{stroke:${c.halo}}
.country{fill:${c.land};stroke:${c.border}}
.country.hi{fill:${c.landHi}}
.clabel,.rlabel,.credit,.note{fill:${c.muted}}
${marks}`;
}

function style(used: MapSymbol[]): string {
  const shapes = used
    .map((sym, i) => {
      const rules = Object.entries(svgPaint(sym).attrs).map(([k, v]) => `${k}:${v}`);
      return rules.length ? `.m${i}{${rules.join(";")}}` : "";
    })
    .join("");
  return `
text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.halo{paint-order:stroke;stroke-width:4px;stroke-linejoin:round}
.country{stroke-width:1}
.clabel{font-size:17px;letter-spacing:.12em}
.rlabel{font-size:17px;font-style:italic}
.label{font-size:${LABEL_SIZE}px;font-weight:600}
.legend{font-size:${LEGEND_SIZE}px}
.credit{font-size:16px}
.note{font-size:${NOTE_SIZE}px}
${shapes}
${colourRules(palette.light, used)}
@media (prefers-color-scheme:dark){${colourRules(palette.dark, used)}}
`;
}

/** The symbols a map uses, each with its class: one CSS rule per symbol, not per mark. */
class SymbolClasses {
  readonly used: MapSymbol[] = [];
  private readonly byKey = new Map<string, number>();

  of(sym: MapSymbol): string {
    const key = JSON.stringify(sym);
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.used.length;
      this.used.push(sym);
      this.byKey.set(key, i);
    }
    return `m${i}`;
  }

  shape(shape: SvgShape, sym: MapSymbol): string {
    const attrs = Object.entries(shape.attrs)
      .map(([k, v]) => `${k}="${v}"`)
      .join(" ");
    return `<${shape.tag} class="${this.of(sym)}" ${attrs}/>`;
  }
}

/** Draws a static map model as a standalone SVG document (for <img>, print and embeds). */
export function renderStaticMapSvg(
  model: StaticMapModel,
  strings: Strings,
  a11y: { title: string; description: string },
): string {
  const { width, height, mapHeight } = model;
  const sym = new SymbolClasses();
  const paint = (s: MapSymbol) => `class="${sym.of(s)}"`;
  const shapeSvg = (shape: SvgShape, s: MapSymbol) => sym.shape(shape, s);
  const out: string[] = [];
  out.push(
    `<rect class="bg" width="${width}" height="${height}"/>`,
    `<svg x="0" y="0" width="${width}" height="${mapHeight}" overflow="hidden">`,
    `<rect class="sea" width="${width}" height="${mapHeight}"/>`,
  );
  for (const c of model.countries) out.push(`<path class="country${c.highlight ? " hi" : ""}" d="${c.d}"/>`);
  for (const r of model.regions)
    if (r.d) out.push(`<path ${paint(r.highlight ? symbols.regionHi : model.regionSymbol)} d="${r.d}"/>`);
  // Layers drawn under the names (a river), then the names, then the other layers.
  const drawn = model.layers.map((l) => ({ l, how: buildKind(l.kind).static! }));
  for (const { l, how } of drawn) if (how.under) out.push(...how.svg(l, shapeSvg));
  for (const l of model.countryLabels) {
    out.push(
      `<text class="clabel halo" x="${l.x}" y="${l.y}" text-anchor="middle">${escapeXml(l.text.toUpperCase())}</text>`,
    );
  }
  for (const r of model.regions) {
    if (r.label)
      out.push(
        `<text class="rlabel halo" x="${r.label.x}" y="${r.label.y}" text-anchor="middle">${escapeXml(r.name)}</text>`,
      );
  }
  for (const { l, how } of drawn) if (!how.under) out.push(...how.svg(l, shapeSvg));
  const placeMarks = drawn.flatMap(({ l, how }) => how.placeMarks?.(l) ?? []);
  for (const p of model.places) {
    if (p.ring && !placeMarks.some((a) => Math.abs(a.x - p.x) < 1 && Math.abs(a.y - p.y) < 1)) {
      out.push(shapeSvg(markerShape(symbols.approx, p.x, p.y, p.ring), symbols.approx));
    }
    out.push(shapeSvg(markerShape(symbols.place, p.x, p.y), symbols.place));
  }
  for (const l of model.labels) {
    out.push(
      `<text class="label halo" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`,
    );
  }
  out.push(`</svg>`);
  let y = mapHeight + 26;
  for (const item of model.legend) {
    out.push(shapeSvg(swatchShape(item.symbol, 13, y - 15), item.symbol));
    out.push(`<text class="legend" x="44" y="${y}">${escapeXml(item.label)}</text>`);
    y += 28;
  }
  // What the map cannot draw, in words (incidents and places without location, hidden events).
  if (model.notes.length) y -= 4;
  for (const line of model.notes) {
    out.push(`<text class="note" x="14" y="${y}">${escapeXml(line)}</text>`);
    y += 19;
  }
  const credit = [translate(strings, "map.credit")];
  for (const key of new Set(drawn.flatMap(({ how }) => (how.creditKey ? [how.creditKey] : []))))
    credit.push(translate(strings, key));
  out.push(`<text class="credit" x="14" y="${height - 10}">${escapeXml(credit.join(" · "))}</text>`);
  out.push(`</svg>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeXml(a11y.title)}</title><desc id="d">${escapeXml(a11y.description)}</desc>`,
    `<style>${style(sym.used)}</style>`,
    ...out,
  ].join("");
}
