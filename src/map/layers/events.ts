import type { Feature, Point } from "geojson";
import type { BuildLayerKind, DataOf } from "./layerKind";
import type { GedEvent } from "../../data/gedEvents";
import type { EventProps } from "../overlay";
import { pointFeature } from "../pointFeature";
import { eventsLive } from "./eventsLive";

/** Events at build time: the events table's points, and per year those with a stand-in location. */
export const events: BuildLayerKind<"events"> = {
  live: eventsLive,
  dataRoles: () => ["events"],
  stringParts: () => ["years", "what", "where", "hidden", "deaths", "popup"],
  clientStringParts: ["deaths", "popup"],
  data: (_layer, { ged }) => eventsData(ged),
};

function eventsData(ged: GedEvent[]): DataOf<"events"> {
  const points: Feature<Point, EventProps>[] = [];
  const notShown: Record<string, { n: number; deaths: number }> = {};
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const ev of ged) {
    minYear = Math.min(minYear, ev.year);
    maxYear = Math.max(maxYear, ev.year);
    if (ev.coord_precision_guess) {
      const hidden = (notShown[ev.year] ??= { n: 0, deaths: 0 });
      hidden.n += 1;
      hidden.deaths += ev.deaths_best;
      continue;
    }
    const where = [ev.adm_1, ev.where_description?.split(" / ")[0]].filter(Boolean).join(": ");
    points.push(
      pointFeature(ev.longitude, ev.latitude, {
        id: ev.id,
        y: ev.year,
        date: ev.date_start,
        d: ev.deaths_best,
        t: ev.type_of_violence,
        where: where.length > 90 ? `${where.slice(0, 89)}…` : where,
      }),
    );
  }
  // Big circles first, so small ones are drawn on top and stay visible.
  points.sort((a, b) => b.properties.d - a.properties.d);
  return {
    kind: "events",
    points: { type: "FeatureCollection", features: points },
    notShown,
    years: [minYear, maxYear],
  };
}
