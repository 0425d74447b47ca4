import { z } from "astro/zod";
import { layerId, credit } from "./layerFields";
import { Z } from "../styleLayer";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
import { linesLive } from "./linesLive";

/** How content/map.json declares a layer of this kind. */
export const linesSchema = z.strictObject({
  id: layerId,
  /** The lines file (a river). */
  kind: z.literal("lines"),
  credit,
});

/** Lines at build time: the lines file, drawn from the basemap. */
export const lines: BuildLayerKind<"lines", StaticLines> = {
  live: linesLive,
  dataRoles: () => ["lines"],
  stringParts: () => [],
  data: () => ({ kind: "lines" }),
  static: {
    order: Z.lines,
    under: true,
    draw: (layer, symbol, { data, toPath }) => {
      const d = toPath(data.river.geometry);
      return d ? { kind: "lines", id: layer.id, symbol, d } : null;
    },
    svg: (l, shape) => [shape({ tag: "path", attrs: { d: l.d } }, l.symbol)],
  },
};

/** The line on the static map. */
export interface StaticLines extends StaticLayerBase {
  kind: "lines";
  d: string;
}
