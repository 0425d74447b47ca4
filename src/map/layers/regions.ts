import type { BuildLayerKind } from "./layerKind";
import { regionsLive } from "./regionsLive";

/** Regions at build time: no data of their own (basemap features). */
export const regions: BuildLayerKind<"regions"> = {
  live: regionsLive,
  stringParts: () => [],
  data: () => ({ kind: "regions" }),
};
