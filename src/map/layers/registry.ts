import type { LayerKind } from "../mapLayers";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
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
const buildKinds = {
  regions,
  lines,
  incidents,
  sites,
  route,
  countries,
  point,
  events,
} satisfies { [K in LayerKind]: BuildLayerKind<K, StaticLayerBase> };

type StaticOf<T> = T extends { static?: { draw(...args: never[]): infer S } } ? NonNullable<S> : never;

/** What the declared layers draw on the static map: each kind's own marks (`kind` tells which). */
export type StaticLayer = StaticOf<(typeof buildKinds)[LayerKind]>;

/** What the build knows of a layer's kind. */
export function buildKind(kind: LayerKind): BuildLayerKind<LayerKind, StaticLayerBase> {
  return buildKinds[kind] as BuildLayerKind<LayerKind, StaticLayerBase>;
}
