import type { LiveLayerKind } from "./layerKind";
import { sym } from "../symbols";
import { basemapKind, colourOf, HIDDEN, styleLayerId, Z } from "../styleLayer";

/** The lines file (a river), a basemap feature: no data of its own. */
export const linesLive: LiveLayerKind<"lines"> = {
  symbol: () => sym({ shape: "wave", stroke: "river", strokeWidth: 2.5 }),
  style: (layer, c, s) => [
    [
      Z.lines,
      {
        id: styleLayerId(layer.id, "line"),
        type: "line",
        source: "basemap",
        filter: basemapKind("river"),
        layout: { ...HIDDEN, "line-join": "round", "line-cap": "round" },
        // Thinner when zoomed out, thicker close in; the static map draws the symbol's width.
        paint: {
          "line-color": colourOf(c, s.stroke),
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 1.5, 8, 3.5],
        },
      },
    ],
  ],
};
