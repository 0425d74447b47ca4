import type { BuildLayerKind } from "./layerKind";
import { linesLive } from "./linesLive";

/** Lines at build time: the lines file, drawn from the basemap. */
export const lines: BuildLayerKind<"lines"> = {
  live: linesLive,
  dataRoles: () => ["lines"],
  stringParts: () => [],
  data: () => ({ kind: "lines" }),
};
