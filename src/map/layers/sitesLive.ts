import type { LiveLayerKind } from "./layerKind";
import { sym } from "../symbols";
import { HIDDEN, iconId, sourceId, styleLayerId, Z } from "../styleLayer";

/** Rows of the sites table for one force: squares or diamonds, side by side where two share a place. */
export const sitesLive: LiveLayerKind<"sites"> = {
  symbol: (layer) => sym({ shape: layer.symbol, fill: layer.colour, stroke: "halo", strokeWidth: 1.5 }),
  style: (layer) => [
    [
      Z.sites,
      {
        id: styleLayerId(layer.id, "symbol"),
        type: "symbol",
        source: sourceId(layer.id),
        // Sites of two layers at one place sit side by side, as on the static map.
        layout: {
          ...HIDDEN,
          "icon-image": iconId(layer.id),
          "icon-allow-overlap": true,
          "icon-offset": [layer.offset, 0],
        },
      },
    ],
  ],
  sources: (id, data) => [[sourceId(id), data.points]],
  clickable: "symbol",
  icon: (layer, s, c) => ({ shape: layer.symbol, fill: c[s.fill ?? "ink"] }),
};
