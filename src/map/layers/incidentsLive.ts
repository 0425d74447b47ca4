import type { LiveLayerKind } from "./layerKind";
import { glDash, sym, symbols } from "../symbols";
import { colourOf, HIDDEN, sourceId, styleLayerId, Z } from "../styleLayer";

/** The incidents table: circles sized by soldiers killed, rings for approximate locations. */
export const incidentsLive: LiveLayerKind<"incidents"> = {
  symbol: (layer) => sym({ fill: layer.colour, fillOpacity: 0.85, stroke: "halo", strokeWidth: 1.5 }),
  style: (layer, c, s) => {
    const ring = symbols.approx;
    return [
      [
        Z.rings,
        {
          id: styleLayerId(layer.id, "rings"),
          type: "line",
          source: sourceId(layer.id, "rings"),
          layout: HIDDEN,
          paint: {
            "line-color": colourOf(c, ring.stroke),
            "line-width": ring.strokeWidth,
            "line-dasharray": glDash(ring),
          },
        },
      ],
      [
        Z.incidents,
        {
          id: styleLayerId(layer.id, "circle"),
          type: "circle",
          source: sourceId(layer.id),
          layout: HIDDEN,
          paint: {
            // Area proportional to soldiers killed, as on the static map (attackRadius), at least 4 px.
            "circle-radius": ["max", 4, ["*", 17, ["sqrt", ["/", ["coalesce", ["get", "killed"], 0], 30]]]],
            "circle-color": colourOf(c, s.fill),
            "circle-opacity": s.fillOpacity,
            "circle-stroke-color": colourOf(c, s.stroke),
            "circle-stroke-width": s.strokeWidth,
          },
        },
      ],
    ];
  },
  sources: (id, data) => [
    [sourceId(id), data.points],
    [sourceId(id, "rings"), data.rings],
  ],
  // Incidents (and their uncertainty rings) up to the step's day; ISO dates compare as strings.
  filters: (layer, step) => {
    const until = step.incidentsUntil ? ["<=", ["get", "date"], step.incidentsUntil] : null;
    return [
      [styleLayerId(layer.id, "circle"), until],
      [styleLayerId(layer.id, "rings"), until],
    ];
  },
  clickable: "circle",
};
