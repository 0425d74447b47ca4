import { z } from "astro/zod";
import { layerId, credit } from "./layerFields";
import type { BuildLayerKind } from "./layerKind";
import { regionsLive } from "./regionsLive";

/** How content/map.json declares a layer of this kind. */
export const regionsSchema = z.strictObject({
  id: layerId,
  /** Outlines and names of the regions file's regions. */
  kind: z.literal("regions"),
  credit,
});

/** Regions at build time: no data of their own (basemap features). */
export const regions: BuildLayerKind<"regions", never> = {
  live: regionsLive,
  stringParts: () => [],
  data: () => ({ kind: "regions" }),
};
