import type { LiveLayerKind } from "./layerKind";
import { glDash, symbols } from "../symbols";
import { basemapKind, colourOf, HIDDEN, styleLayerId, Z } from "../styleLayer";

/** Outlines and names of the regions file's regions (basemap features: no data of its own). */
export const regionsLive: LiveLayerKind<"regions"> = {
  symbol: () => symbols.regionOutline,
  style: (layer, c, s) => [
    [
      Z.regions,
      {
        id: styleLayerId(layer.id, "line"),
        type: "line",
        source: "basemap",
        filter: basemapKind("region"),
        layout: { ...HIDDEN, "line-join": "round" },
        paint: {
          "line-color": colourOf(c, s.stroke),
          "line-width": s.strokeWidth,
          "line-dasharray": glDash(s),
        },
      },
    ],
  ],
  namesRegions: true,
};
