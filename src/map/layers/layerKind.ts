import type { Position } from "geojson";
import type { LayerKind, LayerOf } from "../mapLayers";
import type { LayerData } from "../overlay";
import type { MapStep } from "../mapStep";
import type { Palette } from "../style";
import type { LayerSpec } from "../styleLayer";
import type { MapSymbol } from "../symbols";

/** The data a layer of kind K draws (src/map/overlay.ts). */
export type DataOf<K extends LayerKind> = Extract<LayerData, { kind: K }>;

/**
 * What the live map knows of a kind of layer: everything the browser needs, and nothing else, so
 * the live map's chunk carries no build-time code (each kind module exports it on its own).
 */
export interface LiveLayerKind<K extends LayerKind> {
  /** The symbol of its marks, swatches and paint, from its declaration (src/map/symbols.ts). */
  symbol(layer: LayerOf<K>): MapSymbol;
  /** Its style layers, each with its place in the drawing order (styleLayer.ts → Z). */
  style(layer: LayerOf<K>, c: Palette, s: MapSymbol): [z: number, spec: LayerSpec][];
  /** The GeoJSON sources it draws from, by source id (none: it draws the basemap's features). */
  sources?(id: string, data: DataOf<K>): [id: string, data: unknown][];
  /** The filters a step sets on its style layers, by style layer id. */
  filters?(
    layer: LayerOf<K>,
    step: Pick<MapStep, "eventYears" | "incidentsUntil">,
  ): [styleLayer: string, filter: unknown][];
  /** The part of its style (styleLayerId) a reader exploring the map may click for a popup. */
  clickable?: string;
  /** Its schematic line, drawn as far as a step's route progress (applyStep draws it). */
  routeLine?(data: DataOf<K>): Position[];
  /** Shown, it names the regions (the live map's region labels, the static map's). */
  namesRegions?: boolean;
  /** The marker image of its symbol, drawn at run time (no sprite), or null. */
  icon?(layer: LayerOf<K>, s: MapSymbol, c: Palette): { shape: "square" | "diamond"; fill: string } | null;
}
