import type { LiveLayerKind } from "./layerKind";
import { sym } from "../symbols";
import { colourOf, HIDDEN, POINT_RING_RADIUS, sourceId, styleLayerId, Z } from "../styleLayer";

/** One place drawn as a ring, with a label. */
export const pointLive: LiveLayerKind<"point"> = {
  symbol: () => sym({ stroke: "ink", strokeWidth: 2.5, r: 6.5 }),
  style: (layer, c, s) => [
    [
      Z.point,
      {
        id: styleLayerId(layer.id, "ring"),
        type: "circle",
        source: sourceId(layer.id),
        layout: HIDDEN,
        paint: {
          "circle-radius": POINT_RING_RADIUS,
          "circle-opacity": 0,
          "circle-stroke-color": colourOf(c, s.stroke),
          "circle-stroke-width": s.strokeWidth,
        },
      },
    ],
  ],
  sources: (id, data) => [[sourceId(id), data.point]],
};
