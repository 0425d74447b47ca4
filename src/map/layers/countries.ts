import { z } from "astro/zod";
import { layerId, ref, credit } from "./layerFields";
import type { BuildLayerKind } from "./layerKind";
import { formatDate } from "../../i18n/format";
import { layerData } from "../overlay";
import { layerKey, mapText } from "../mapStrings";
import { countriesLive } from "./countriesLive";

/** How content/map.json declares a layer of this kind. */
export const countriesSchema = z.strictObject({
  id: layerId,
  /** A group of countries filled together (an alliance). Strings: `.what`, `.note` ({date}). */
  kind: z.literal("countries"),
  /** ISO alpha-3 codes (countries table). */
  countries: z.array(ref).min(1),
  /** Timeline event id that dates the group (and sources it). */
  event: ref,
  credit,
});

/** A group of countries at build time: its members, named, and the event that dates it. */
export const countries: BuildLayerKind<"countries", never> = {
  live: countriesLive,
  stringParts: () => ["what", "note"],
  data: (layer, { data, eventOf, fail, sourcesOf }) => {
    const ev = eventOf("event", layer.event);
    const names = layer.countries.map(
      (iso3, j) =>
        data.countries.find((c) => c.iso3 === iso3)?.name ??
        fail(`countries[${j}]`, iso3, "no country with this code in the countries table"),
    );
    return {
      kind: "countries",
      members: [...layer.countries],
      names,
      date: ev.date,
      sources: sourcesOf(ev.id),
    };
  },
  notes: (layer, _view, { overlay, strings, locale }) => [
    {
      kind: "group",
      text: mapText(strings, layerKey(layer.id, "note"), {
        date: formatDate(layerData(overlay, layer.id, "countries").date, locale, "long"),
      }),
    },
  ],
  rows: (layer, _view, { overlay, strings, locale }) => {
    const g = layerData(overlay, layer.id, "countries");
    return [
      {
        what: mapText(strings, layerKey(layer.id, "what")),
        when: formatDate(g.date, locale, "long"),
        where: g.names.join(", "),
        toll: "",
        sources: g.sources.slice(0, 3),
      },
    ];
  },
  highlightedCountries: (layer, overlay) => layerData(overlay, layer.id, "countries").members,
};
