import type { LiveLayerKind } from "./layerKind";
import { sym } from "../symbols";
import { basemapKind, colourOf, HIDDEN, inIds, styleLayerId, Z } from "../styleLayer";

/** A group of countries filled together (an alliance), from the basemap's countries. */
export const countriesLive: LiveLayerKind<"countries"> = {
  symbol: () => sym({ shape: "rect", fill: "landHi", stroke: "muted", strokeWidth: 1 }),
  style: (layer, c, s) => [
    [
      Z.groupFill,
      {
        id: styleLayerId(layer.id, "fill"),
        type: "fill",
        source: "basemap",
        filter: ["all", basemapKind("country"), inIds(layer.countries)],
        layout: HIDDEN,
        paint: { "fill-color": colourOf(c, s.fill), "fill-opacity": 0.9 },
      },
    ],
    [
      Z.groupLine,
      {
        id: styleLayerId(layer.id, "line"),
        type: "line",
        source: "basemap",
        filter: ["all", basemapKind("country"), inIds(layer.countries)],
        layout: { ...HIDDEN, "line-join": "round" },
        paint: { "line-color": colourOf(c, s.stroke), "line-width": 1.5 },
      },
    ],
  ],
};
