import type { LayerKind, MapLayer } from "../mapLayers";
import type { SymbolKey } from "../symbols";
import { symbols, type MapSymbol } from "../symbols";
import type { LiveLayerKind } from "./layerKind";
import { countriesLive } from "./countriesLive";
import { eventsLive } from "./eventsLive";
import { incidentsLive } from "./incidentsLive";
import { linesLive } from "./linesLive";
import { pointLive } from "./pointLive";
import { regionsLive } from "./regionsLive";
import { routeLive } from "./routeLive";
import { sitesLive } from "./sitesLive";

/**
 * What the live map knows of each kind of layer (src/map/layers/<kind>Live.ts), by kind. The
 * browser's map code imports this table only; what the build knows is in registry.ts.
 */
const liveKinds: { [K in LayerKind]: LiveLayerKind<K> } = {
  regions: regionsLive,
  lines: linesLive,
  incidents: incidentsLive,
  sites: sitesLive,
  route: routeLive,
  countries: countriesLive,
  point: pointLive,
  events: eventsLive,
};

/** What the live map knows of a layer's kind. */
export function liveKind(kind: LayerKind): LiveLayerKind<LayerKind> {
  return liveKinds[kind] as LiveLayerKind<LayerKind>;
}

/** The symbol of a declared layer, from its kind and its colour. */
export function layerSymbol(layer: MapLayer): MapSymbol {
  return liveKind(layer.kind).symbol(layer);
}

/** The symbol a legend key names (SymbolKey): one of `symbols`, or a declared layer's. */
export function symbolFor(key: SymbolKey, layers: readonly MapLayer[]): MapSymbol {
  if (key.startsWith("layer:")) {
    const id = key.slice("layer:".length);
    const layer = layers.find((l) => l.id === id);
    if (!layer) throw new Error(`legend: no map layer "${id}"`);
    return layerSymbol(layer);
  }
  return symbols[key as keyof typeof symbols];
}
