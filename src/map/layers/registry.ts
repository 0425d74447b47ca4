import type { LayerKind } from "../mapLayers";
import type { BuildLayerKind } from "./layerKind";
import { countries } from "./countries";
import { events } from "./events";
import { incidents } from "./incidents";
import { lines } from "./lines";
import { point } from "./point";
import { regions } from "./regions";
import { route } from "./route";
import { sites } from "./sites";

/**
 * The kinds of map layer, one module each (src/map/layers/<kind>.ts, with what the live map needs
 * in <kind>Live.ts): what the build knows of each. A new kind is its two modules, a line here
 * and one in liveRegistry.ts (the live map's chunk imports that table only, so it carries no
 * build-time code).
 */
const buildKinds: { [K in LayerKind]: BuildLayerKind<K> } = {
  regions,
  lines,
  incidents,
  sites,
  route,
  countries,
  point,
  events,
};

/** What the build knows of a layer's kind. */
export function buildKind(kind: LayerKind): BuildLayerKind<LayerKind> {
  return buildKinds[kind] as BuildLayerKind<LayerKind>;
}
