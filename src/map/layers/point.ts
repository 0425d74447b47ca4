import type { BuildLayerKind } from "./layerKind";
import { displayName } from "../displayName";
import { pointFeature } from "../pointFeature";
import { pointLive } from "./pointLive";

/** A point at build time: its place. */
export const point: BuildLayerKind<"point"> = {
  live: pointLive,
  stringParts: () => ["label", "what"],
  data: (layer, { placeOf }) => {
    const p = placeOf("place", layer.place);
    return { kind: "point", point: pointFeature(p.lon, p.lat, { id: p.id, name: displayName(p.name) }) };
  },
};
