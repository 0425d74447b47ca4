import type { BuildLayerKind } from "./layerKind";
import { countriesLive } from "./countriesLive";

/** A group of countries at build time: its members, named, and the event that dates it. */
export const countries: BuildLayerKind<"countries"> = {
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
};
