import type { Position } from "geojson";
import type { LayerKind, LayerOf, MapContent, MapLayer } from "../mapLayers";
import type { LayerData, SourceLink } from "../overlay";
import type { StoryData } from "../../data/storyData";
import type { GedEvent } from "../../data/gedEvents";
import type { DataRole } from "../../data/dataConfig";
import type { TimelineEvent } from "../../data/timeline";
import type { Place } from "../../data/places";
import type { MapLabel, MapStep, MapStepContext, StepNote } from "../mapStep";
import type { MapView } from "../mapView";
import type { FeatureRow } from "../featureRows";
import type { Palette } from "../style";
import type { LayerSpec } from "../styleLayer";
import type { MapSymbol, SvgShape } from "../symbols";
import type { Geometry } from "geojson";
import type { Rect } from "../placeLabels";
import type { Overlay } from "../overlay";
import type { StaticMapContext } from "../staticMap";

/** The data a layer of kind K draws (src/map/overlay.ts). */
export type DataOf<K extends LayerKind> = Extract<LayerData, { kind: K }>;

/**
 * What the live map knows of a kind of layer (src/map/layers/<kind>Live.ts): everything the
 * browser needs and nothing else, in a module of its own, so that the live map's chunk carries no
 * build-time code (a module's imports come into the chunk with it, whatever it uses).
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

/** What building a layer's data may need: the story's data and a way to fail naming map.json. */
export interface OverlayContext {
  data: StoryData;
  ged: GedEvent[];
  content: MapContent;
  /** The sources of a timeline event, as links. */
  sourcesOf(eventId: string): SourceLink[];
  /** Stops the build naming content/map.json, this layer, the field and the value. */
  fail(field: string, value: unknown, problem: string): never;
  /** The timeline event `id` (named by `field`), or fail. */
  eventOf(field: string, id: string): TimelineEvent;
  /** The place `id` (named by `field`), or fail. */
  placeOf(field: string, id: string): Place;
}

/**
 * Everything the build knows of a kind of layer (src/map/layers/<kind>.ts): the data files it
 * reads, its strings, its data, and (through `live`, its <kind>Live.ts) how the live map draws it.
 */
export interface BuildLayerKind<K extends LayerKind, S extends StaticLayerBase = StaticLayerBase> {
  live: LiveLayerKind<K>;
  /** The data files (story.json → data.files, by role) it draws from, beyond places and the timeline. */
  dataRoles?(layer: LayerOf<K>): DataRole[];
  /** The parts of `layer.<id>.<part>` it says in labels, notes, tables and popups. */
  stringParts(layer: LayerOf<K>): readonly string[];
  /** The parts of those its popups need in the browser (StoryMapConfig.layerStrings). */
  clientStringParts?: readonly string[];
  /** What it draws, from the story's data (a wrong reference fails, naming map.json). */
  data(layer: LayerOf<K>, ctx: OverlayContext): DataOf<K>;
  /** Facts under the label of a marked place that it has marks at (an incident's date and toll). */
  placeFacts?(layer: LayerOf<K>, placeId: string, view: MapView, ctx: MapStepContext): string[];
  /**
   * Facts it adds under the labels of marked places (`byPlace`) or of `labels` near its marks,
   * once every place has its label: a site's troops under its town's name.
   */
  addFacts?(
    layer: LayerOf<K>,
    labels: MapLabel[],
    byPlace: Map<string, MapLabel>,
    view: MapView,
    ctx: MapStepContext,
  ): void;
  /**
   * Labels of its own (a point's name, a route's), after the places'. Labels of a lower rank come
   * first in a step's list, and so win their spot when labels crowd.
   */
  labels?: { rank: number; of(layer: LayerOf<K>, view: MapView, ctx: MapStepContext): MapLabel[] };
  /** Its legend label when the step qualifies it (the years of events shown); else `layer.<id>`. */
  legendLabel?(layer: LayerOf<K>, view: MapView, ctx: Omit<MapStepContext, "locale">): string | null;
  /** Whether a step shows one of its marks at an approximate location (the legend explains the ring). */
  approximate?(layer: LayerOf<K>, view: MapView, ctx: Omit<MapStepContext, "locale">): boolean;
  /** What a step says in words of it that the map does not draw (notes under the static legend). */
  notes?(layer: LayerOf<K>, view: MapView, ctx: Omit<MapStepContext, "data">): StepNote[];
  /** Its rows of a step's data table. */
  rows?(layer: LayerOf<K>, view: MapView, ctx: MapStepContext): FeatureRow[];
  /** Countries the static map fills as highlighted while it is shown (a group's members). */
  highlightedCountries?(layer: LayerOf<K>, overlay: Pick<Overlay, "layers">): string[];
  /** What it draws on the static map, if anything of its own (regions and country groups are the basemap's). */
  static?: StaticKind<K, S>;
}

/** What one declared layer draws on the static map, in SVG units (each kind adds its marks). */
export interface StaticLayerBase {
  kind: LayerKind;
  id: string;
  symbol: MapSymbol;
}

/** What drawing a layer on the static map may need: the step, the data, the projection. */
export interface StaticDrawContext {
  step: MapStep;
  data: StaticMapContext["data"];
  overlay: Overlay;
  /** The declared layers the step shows. */
  shown: MapLayer[];
  width: number;
  mapHeight: number;
  /** A point in SVG units (to a tenth), or null outside the projection. */
  project(lon: number, lat: number): { x: number; y: number } | null;
  /** A geometry as an SVG path ("" when nothing of it is in view). */
  toPath(g: Geometry): string;
  /** The radius in SVG units of a circle of `km` around [lon, lat]. */
  kmToPixels(lon: number, lat: number, km: number): number;
}

/** How a kind draws on the static map (src/map/staticMap.ts, renderStaticMap.ts). */
export interface StaticKind<K extends LayerKind, S extends StaticLayerBase> {
  /** Its place in the drawing order: the live map's (styleLayer.ts → Z). */
  order: number;
  /** Drawn under the country and region names (a river), not over them. */
  under?: boolean;
  /** Its marks for a step, or null when none is in view. */
  draw(layer: LayerOf<K>, symbol: MapSymbol, ctx: StaticDrawContext): S | null;
  /** Its SVG elements; `shape` writes one with the class of its symbol. */
  svg(l: S, shape: (shape: SvgShape, symbol: MapSymbol) => string): string[];
  /** Boxes place labels keep clear of (its markers). */
  obstacles?(l: S): Rect[];
  /** Its marks at places: a marked place under one draws no approximate ring (the mark has its own). */
  placeMarks?(l: S): { x: number; y: number }[];
  /** The key of a credit line the static map adds when it is shown (a dataset's licence). */
  creditKey?: string;
}
