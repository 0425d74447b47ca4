import type { LiveLayerKind } from "./layerKind";
import { sym } from "../symbols";
import { colourOf, HIDDEN, sourceId, styleLayerId, Z } from "../styleLayer";

/** The events table: circles sized by deaths; events with a stand-in location are not drawn. */
export const eventsLive: LiveLayerKind<"events"> = {
  symbol: (layer) =>
    sym({ fill: layer.colour, fillOpacity: 0.35, stroke: layer.colour, strokeWidth: 1, r: 6.5 }),
  style: (layer, c, s) => [
    [
      Z.events,
      {
        id: styleLayerId(layer.id, "circle"),
        type: "circle",
        source: sourceId(layer.id),
        layout: HIDDEN,
        paint: {
          // Area proportional to deaths, as on the static map (eventRadius): 1.5 px to 14 px at 100.
          "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "d"]], 0, 1.5, 10, 14],
          "circle-color": colourOf(c, s.fill),
          "circle-opacity": s.fillOpacity,
          "circle-stroke-color": colourOf(c, s.stroke),
          "circle-stroke-width": s.strokeWidth,
        },
      },
    ],
  ],
  sources: (id, data) => [[sourceId(id), data.points]],
  filters: (layer, step) => [
    [
      styleLayerId(layer.id, "circle"),
      step.eventYears
        ? ["all", [">=", ["get", "y"], step.eventYears[0]], ["<=", ["get", "y"], step.eventYears[1]]]
        : null,
    ],
  ],
  clickable: "circle",
};
