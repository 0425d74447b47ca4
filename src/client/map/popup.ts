import type { ClientStringKey } from "../../map/mapConfig";
import type { MapLayer } from "../../map/mapLayers";
import type { LayerData, SourceLink } from "../../map/overlay";
import { pluralTemplate } from "../../i18n/plural";
import { labelled } from "../../i18n/punctuation";
import { titleLangMark } from "../../story/sourceTitle";

type Strings = Record<ClientStringKey, string>;

/** A count's string: its plural form in `locale` (src/i18n/plural.ts), `{n}` the formatted count. */
function counted(strings: Record<string, string>, key: string, count: number, locale: string): string {
  return fill(pluralTemplate(strings, key, count, locale) ?? "", { n: fmtNum(count, locale), count });
}

/** Fills `{placeholders}` of a resolved string. */
export function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] === undefined ? m : String(vars[k])));
}

export interface PopupFeature {
  /** The declared layer (content/map.json) whose mark was clicked. */
  layer: MapLayer;
  properties: Record<string, unknown>;
}

/** A source link as the popup prints it: "<publisher>: <title>", the title marked with its language. */
export interface PopupSource {
  /** The publisher and the edition's colon, or nothing. */
  lead: string;
  title: string;
  url: string;
  /** `lang` of the title where it is not the page's language. */
  lang?: string;
}

/**
 * A line of the popup: the edition's words, or the edition's words around a quote of the data
 * (`quote`, marked with `lang` where the data's language is not the page's).
 */
export type PopupLine = string | { before: string; quote: string; after: string; lang?: string };

export interface PopupContent {
  lngLat: [number, number];
  title: string;
  lines: PopupLine[];
  sources: PopupSource[];
}

/** `template` with `{place}` replaced by `quote`, kept apart so the page can mark its language. */
function quoted(template: string, quote: string, lang: string | undefined): PopupLine {
  if (!quote) return "";
  const at = template.indexOf("{place}");
  if (at < 0) return template;
  return { before: template.slice(0, at), quote, after: template.slice(at + "{place}".length), lang };
}

function popupSources(sources: SourceLink[], strings: Strings, locale: string): PopupSource[] {
  return sources.slice(0, 3).map((s) => ({
    lead: s.publisher ? labelled(strings, s.publisher, "") : "",
    title: s.title,
    url: s.url,
    lang: s.lang ? titleLangMark(s.lang, locale) : undefined,
  }));
}

const fmtDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const fmtNum = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

/**
 * What the explore-mode popup says about a clicked feature: date, place, toll and sources, looked
 * up in the layer's data by id (never read back from the GL feature, which flattens arrays).
 */
export function popupFor(
  f: PopupFeature,
  data: LayerData | undefined,
  strings: Strings,
  /** The layer's own strings (StoryMapConfig.layerStrings). */
  layerStrings: Record<string, string>,
  locale: string,
): PopupContent | null {
  const p = f.properties;
  if (f.layer.kind === "incidents" && data?.kind === "incidents") {
    const a = data.points.features.find((x) => x.properties.id === p.id);
    if (!a) return null;
    const q = a.properties;
    const lines = [
      fmtDate(q.date, locale),
      q.region + (q.approximate ? ` (${strings["map.approximateLocation"]})` : ""),
    ];
    const toll: string[] = [];
    if (q.killed !== null) toll.push(counted(strings, "map.soldiersKilled", q.killed, locale));
    if (q.civilians) toll.push(counted(strings, "map.civiliansKilled", q.civilians, locale));
    if (q.wounded !== null) toll.push(counted(strings, "map.wounded", q.wounded, locale));
    // "3 killed and 2 wounded": the locale's list (its words for "and", its commas).
    if (toll.length) lines.push(new Intl.ListFormat(locale, { type: "conjunction" }).format(toll));
    if (q.claim) lines.push(fill(strings["map.claim"], { claim: q.claim }));
    return {
      lngLat: a.geometry.coordinates as [number, number],
      // A heading, with a capital, though an edition may write the name for mid-sentence.
      title: q.name.charAt(0).toLocaleUpperCase(locale) + q.name.slice(1),
      lines,
      sources: popupSources(q.sources, strings, locale),
    };
  }
  if (f.layer.kind === "sites" && data?.kind === "sites") {
    const b = data.points.features.find((x) => x.properties.placeId === p.placeId);
    if (!b) return null;
    const q = b.properties;
    return {
      lngLat: b.geometry.coordinates as [number, number],
      title: q.name,
      lines: [q.role, q.troops, fill(strings["map.leftBy"], { date: fmtDate(q.leftBy, locale) })],
      sources: popupSources(q.sources, strings, locale),
    };
  }
  if (f.layer.kind === "events" && data?.kind === "events") {
    const e = data.points.features.find((x) => x.properties.id === p.id);
    if (!e) return null;
    const q = e.properties;
    return {
      lngLat: e.geometry.coordinates as [number, number],
      title: fill(layerStrings.popup ?? "", { id: q.id }),
      // The region in the edition's words; the place in the dataset's, as its words.
      lines: [
        fmtDate(q.date, locale),
        q.r,
        quoted(layerStrings.place ?? "", q.where, titleLangMark(data.lang, locale)),
        counted(layerStrings, "deaths", q.d, locale),
      ],
      sources: popupSources([f.layer.source], strings, locale),
    };
  }
  return null;
}

/** Builds the popup's DOM (text only: nothing from the data is parsed as HTML). */
export function renderPopup(
  el: HTMLElement,
  c: PopupContent,
  closeLabel: string,
  /** "Sources" and the edition's colon and space. */
  sourcesLead: string,
  onClose: () => void,
) {
  const close = document.createElement("button");
  close.type = "button";
  close.className = "sm-popup__close";
  close.setAttribute("aria-label", closeLabel);
  close.textContent = "×";
  close.addEventListener("click", onClose);
  const h = document.createElement("p");
  h.className = "sm-popup__title";
  h.textContent = c.title;
  const parts: Node[] = [close, h];
  for (const line of c.lines) {
    if (!line) continue;
    const p = document.createElement("p");
    if (typeof line === "string") p.textContent = line;
    else {
      const quote = document.createElement("span");
      if (line.lang) quote.lang = line.lang;
      quote.textContent = line.quote;
      p.append(line.before, quote, line.after);
    }
    parts.push(p);
  }
  if (c.sources.length) {
    const p = document.createElement("p");
    p.className = "sm-popup__sources";
    p.append(document.createTextNode(sourcesLead));
    c.sources.forEach((s, i) => {
      if (i) p.append(document.createTextNode(", "));
      const a = document.createElement("a");
      a.href = s.url;
      if (s.lead) a.append(document.createTextNode(s.lead));
      if (s.lang) {
        const title = document.createElement("span");
        title.lang = s.lang;
        title.textContent = s.title;
        a.append(title);
      } else a.append(document.createTextNode(s.title));
      a.rel = "noopener";
      a.target = "_blank";
      p.append(a);
    });
    parts.push(p);
  }
  el.replaceChildren(...parts);
  el.hidden = false;
}
