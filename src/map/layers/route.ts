import type { BuildLayerKind } from "./layerKind";
import type { EventFigure } from "../../data/timeline";
import { displayName } from "../displayName";
import { schematicRoute } from "../routeLine";
import { routeLive } from "./routeLive";

/** A route at build time: the schematic line from the event's place to its destination. */
export const route: BuildLayerKind<"route"> = {
  live: routeLive,
  stringParts: () => ["label", "what", "start", "note"],
  data: (layer, { eventOf, placeOf, fail, sourcesOf }) => {
    const ev = eventOf("event", layer.event);
    if (!ev.place_id || !ev.route_to_place_id)
      fail("event", layer.event, "the event needs place_id and route_to_place_id");
    const from = placeOf("event", ev.place_id!);
    const to = placeOf("event", ev.route_to_place_id!);
    // Its words (src/data/dataWords.ts) where the edition is not the default one.
    const distance: EventFigure | undefined = layer.distance
      ? (ev.figures.find((f) => f.label === layer.distance && f.unit === "km") ??
        fail("distance", layer.distance, "the event has no figure in km with this label"))
      : undefined;
    return {
      kind: "route",
      route: {
        eventId: ev.id,
        fromId: from.id,
        toId: to.id,
        fromName: displayName(from.name),
        toName: displayName(to.name),
        date: ev.date,
        distanceKm: distance?.value ?? null,
        // The edition's note on the figure (its qualifier in the data's words in the default
        // edition), without the quotation marks it carries as a quote ("'more than'").
        distanceQualifier:
          (distance?.words?.note ?? distance?.qualifier)?.replace(/['‘’«»]/g, "").trim() ?? null,
        coordinates: schematicRoute([from.lon, from.lat], [to.lon, to.lat]),
        sources: sourcesOf(ev.id),
      },
    };
  },
};
