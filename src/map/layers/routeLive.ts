import type { LiveLayerKind } from "./layerKind";
import { glDash, sym } from "../symbols";
import { colourOf, HIDDEN, ROUTE_HEAD_RADIUS, sourceId, styleLayerId, Z } from "../styleLayer";

const EMPTY = { type: "FeatureCollection", features: [] };

/** A schematic line from a timeline event's place to its destination, drawn as far as a step says. */
export const routeLive: LiveLayerKind<"route"> = {
  symbol: (layer) => sym({ shape: "line", stroke: layer.colour, strokeWidth: 3, dash: [9, 6] }),
  style: (layer, c, s) => [
    [
      Z.route,
      {
        id: styleLayerId(layer.id, "line"),
        type: "line",
        source: sourceId(layer.id),
        filter: ["==", ["geometry-type"], "LineString"],
        layout: { ...HIDDEN, "line-cap": "butt" },
        paint: {
          "line-color": colourOf(c, s.stroke),
          "line-width": s.strokeWidth,
          "line-dasharray": glDash(s),
        },
      },
    ],
    [
      Z.routeHead,
      {
        id: styleLayerId(layer.id, "head"),
        type: "circle",
        source: sourceId(layer.id),
        filter: ["==", ["geometry-type"], "Point"],
        layout: HIDDEN,
        paint: {
          "circle-radius": ROUTE_HEAD_RADIUS,
          "circle-color": colourOf(c, s.stroke),
          "circle-stroke-color": c.halo,
          "circle-stroke-width": 1.5,
        },
      },
    ],
  ],
  // Starts empty: applyStep draws the line.
  sources: (id) => [[sourceId(id), EMPTY]],
  routeLine: (data) => data.route.coordinates,
};
