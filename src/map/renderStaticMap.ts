import { palette } from "./style";
import type { Strings } from "../i18n/strings";
import { translate } from "../i18n/strings";
import { LABEL_SIZE, LEGEND_SIZE, NOTE_SIZE, type LegendSymbol, type StaticMapModel } from "./staticMap";

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * Colours of the static maps: the live map's palette (src/map/style.ts), light and dark. Marks use the Okabe–Ito palette (safe for colour-blind
 * readers) and differ by shape too: circles for attacks, squares for French bases, diamonds for US.
 * Colours are written out (no CSS variables) so that rasterisers without var() support (librsvg,
 * used for PNG exports) draw the light scheme; browsers also apply the dark one.
 */
function colourRules(c: (typeof palette)[keyof typeof palette]): string {
  return `
.bg{fill:${c.land}}.sea{fill:${c.sea}}
text{fill:${c.ink}}
.halo{stroke:${c.halo}}
.country{fill:${c.land};stroke:${c.border}}
.country.hi{fill:${c.landHi}}
.region{stroke:${c.region}}
.region.hi{fill:${c.regionHi};stroke:${c.muted}}
.river{stroke:${c.river}}
.event{fill:${c.event};stroke:${c.event}}
.attack{fill:${c.attack};stroke:${c.halo}}
.ring{stroke:${c.ink}}
.fr{fill:${c.france};stroke:${c.halo}}
.us{fill:${c.us};stroke:${c.halo}}
.route{stroke:${c.route}}.route-end{fill:${c.route}}
.tri{stroke:${c.ink}}
.place{fill:${c.ink};stroke:${c.halo}}
.clabel,.rlabel,.credit,.note{fill:${c.muted}}`;
}

const STYLE = `
text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.halo{paint-order:stroke;stroke-width:4px;stroke-linejoin:round}
.country{stroke-width:1}
.region{fill:none;stroke-width:1;stroke-dasharray:4 3}
.region.hi{stroke-dasharray:none}
.river{fill:none;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round}
.event{fill-opacity:.35;stroke-width:1}
.attack{fill-opacity:.8;stroke-width:1.5}
.ring{fill:none;stroke-width:1.5;stroke-dasharray:5 4}
.fr,.us{stroke-width:1.5}
.route{fill:none;stroke-width:3;stroke-dasharray:10 6}
.tri{fill:none;stroke-width:2.5}
.place{stroke-width:2}
.clabel{font-size:17px;letter-spacing:.12em}
.rlabel{font-size:17px;font-style:italic}
.label{font-size:${LABEL_SIZE}px;font-weight:600}
.legend{font-size:${LEGEND_SIZE}px}
.credit{font-size:16px}
.note{font-size:${NOTE_SIZE}px}
${colourRules(palette.light)}
@media (prefers-color-scheme:dark){${colourRules(palette.dark)}}
`;

function legendSymbol(symbol: LegendSymbol, x: number, y: number): string {
  switch (symbol) {
    case "region":
      return `<rect class="region" x="${x}" y="${y - 8}" width="18" height="16"/>`;
    case "region-hi":
      return `<rect class="region hi" x="${x}" y="${y - 8}" width="18" height="16"/>`;
    case "river":
      return `<path class="river" d="M${x},${y + 4}q5,-10 9,-4t9,-4"/>`;
    case "attack":
      return `<circle class="attack" cx="${x + 9}" cy="${y}" r="8"/>`;
    case "france":
      return `<rect class="fr" x="${x + 2}" y="${y - 7}" width="14" height="14"/>`;
    case "us":
      return `<path class="us" d="M${x + 9},${y - 9}l9,9l-9,9l-9,-9z"/>`;
    case "route":
      return `<path class="route" d="M${x - 2},${y}h22"/>`;
    case "pact":
      return `<rect class="country hi" x="${x}" y="${y - 8}" width="18" height="16"/>`;
    case "tri":
      return `<circle class="tri" cx="${x + 9}" cy="${y}" r="7"/>`;
    case "event":
      return `<circle class="event" cx="${x + 9}" cy="${y}" r="7"/>`;
    case "approx":
      return `<circle class="ring" cx="${x + 9}" cy="${y}" r="8"/>`;
  }
}

/** Draws a static map model as a standalone SVG document (for <img>, print and embeds). */
export function renderStaticMapSvg(
  model: StaticMapModel,
  strings: Strings,
  a11y: { title: string; description: string },
): string {
  const { width, height, mapHeight } = model;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeXml(a11y.title)}</title><desc id="d">${escapeXml(a11y.description)}</desc>`,
    `<style>${STYLE}</style>`,
    `<rect class="bg" width="${width}" height="${height}"/>`,
    `<svg x="0" y="0" width="${width}" height="${mapHeight}" overflow="hidden">`,
    `<rect class="sea" width="${width}" height="${mapHeight}"/>`,
  );
  for (const c of model.countries) out.push(`<path class="country${c.highlight ? " hi" : ""}" d="${c.d}"/>`);
  for (const r of model.regions)
    if (r.d) out.push(`<path class="region${r.highlight ? " hi" : ""}" d="${r.d}"/>`);
  if (model.river) out.push(`<path class="river" d="${model.river}"/>`);
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
  for (const e of model.conflictEvents)
    out.push(`<circle class="event" cx="${e.x}" cy="${e.y}" r="${e.r}"/>`);
  if (model.route) {
    out.push(`<path class="route" d="${model.route.d}"/>`);
    const { x, y } = model.route.end;
    out.push(`<circle class="route-end" cx="${x}" cy="${y}" r="6"/>`);
  }
  for (const a of model.attacks) {
    if (a.ring) out.push(`<circle class="ring" cx="${a.x}" cy="${a.y}" r="${a.ring}"/>`);
    out.push(`<circle class="attack" cx="${a.x}" cy="${a.y}" r="${a.r}"/>`);
  }
  if (model.triBorder)
    out.push(`<circle class="tri" cx="${model.triBorder.x}" cy="${model.triBorder.y}" r="9"/>`);
  for (const b of model.bases) {
    out.push(
      b.force === "France"
        ? `<rect class="fr" x="${b.x - 7}" y="${b.y - 7}" width="14" height="14"/>`
        : `<path class="us" d="M${b.x},${b.y - 9}l9,9l-9,9l-9,-9z"/>`,
    );
  }
  for (const p of model.places) {
    if (p.ring && !model.attacks.some((a) => Math.abs(a.x - p.x) < 1 && Math.abs(a.y - p.y) < 1)) {
      out.push(`<circle class="ring" cx="${p.x}" cy="${p.y}" r="${p.ring}"/>`);
    }
    out.push(`<circle class="place" cx="${p.x}" cy="${p.y}" r="4.5"/>`);
  }
  for (const l of model.labels) {
    out.push(
      `<text class="label halo" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`,
    );
  }
  out.push(`</svg>`);
  let y = mapHeight + 26;
  for (const item of model.legend) {
    out.push(legendSymbol(item.symbol, 14, y - 6));
    out.push(`<text class="legend" x="44" y="${y}">${escapeXml(translate(strings, item.key))}</text>`);
    y += 28;
  }
  // What the map cannot draw, in words (attacks and places without location, hidden events).
  if (model.notes.length) y -= 4;
  for (const line of model.notes) {
    out.push(`<text class="note" x="14" y="${y}">${escapeXml(line)}</text>`);
    y += 19;
  }
  const credit = [translate(strings, "map.credit")];
  if (model.conflictEvents.length || model.conflictEventsNotDrawn)
    credit.push(translate(strings, "map.creditEvents"));
  out.push(`<text class="credit" x="14" y="${height - 10}">${escapeXml(credit.join(" · "))}</text>`);
  out.push(`</svg>`);
  return out.join("");
}
