import type { BuildLayerKind } from "./layerKind";
import { regionsLive } from "./regionsLive";

/** Regions at build time: no data of their own (basemap features). */
export const regions: BuildLayerKind<"regions", never> = {
  live: regionsLive,
  stringParts: () => [],
  data: () => ({ kind: "regions" }),
};
