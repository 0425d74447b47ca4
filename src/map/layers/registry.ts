import type { LayerKind } from "../mapLayers";
import type { BuildLayerKind, StaticLayerBase } from "./layerKind";
import { countries, countriesSchema } from "./countries";
import { events, eventsSchema } from "./events";
import { incidents, incidentsSchema } from "./incidents";
import { lines, linesSchema } from "./lines";
import { point, pointSchema } from "./point";
import { regions, regionsSchema } from "./regions";
import { route, routeSchema } from "./route";
import { sites, sitesSchema } from "./sites";

/**
 * How content/map.json declares a layer of each kind (mapLayers.ts → mapLayerSchema), in the
 * order zod tries them.
 */
export const layerSchemas = [
  regionsSchema,
  linesSchema,
  incidentsSchema,
  sitesSchema,
  routeSchema,
  countriesSchema,
  pointSchema,
  eventsSchema,
] as const;

/**
 * The kinds of map layer, one module each (src/map/layers/<kind>.ts, with what the live map needs
 * in <kind>Live.ts): what the build knows of each. A new kind is its two modules, a line in each
 * table here and one in liveRegistry.ts (the live map's chunk imports that table only, so it
 * carries no build-time code).
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
