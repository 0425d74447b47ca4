import { createRequire } from "node:module";
import type { GeometryCollection, Topology } from "topojson-specification";
import { countryRow, loadRegions, loadRiver } from "../data/geo";
import { loadTable } from "../data/loadTable";
import { dataFileName } from "../data/dataConfig";
import { loadGedEvents } from "../data/gedEvents";
import { storyData } from "../data/storyData";
import { buildBasemap, type Basemap } from "./basemap";
import { buildOverlay, type Overlay } from "./overlay";
import { checkLayerStrings, loadMapContent } from "./mapLayers";
import type { MapStepContext } from "./mapStep";
import type { Strings } from "../i18n/strings";

const require = createRequire(import.meta.url);

let basemap: Basemap | undefined;
/**
 * The offline basemap built from the repo's data, once per build: world-atlas 1:10m countries
 * clipped to the area the story frames, the regions and the lines files.
 */
export function loadBasemap(): Basemap {
  if (!basemap) {
    const topology = require("world-atlas/countries-10m.json") as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    basemap = buildBasemap({
      topology,
      countryNames: loadTable(dataFileName("countries"), countryRow),
      regions: loadRegions(),
      river: loadRiver(),
      box: loadMapContent().basemap.box,
      core: loadMapContent().basemap.detail,
    });
  }
  return basemap;
}

let overlay: Overlay | undefined;
/** The live map's overlay data (what each declared layer draws), once per build. */
export function loadOverlay(): Overlay {
  overlay ??= buildOverlay(storyData(), loadGedEvents(), loadMapContent());
  return overlay;
}

/** Everything a map step is computed from: the data, the overlay, the map content and the words. */
export function mapContext(strings: Strings, locale: string): MapStepContext {
  const content = loadMapContent();
  checkLayerStrings(content, strings, locale);
  return { data: storyData(), overlay: loadOverlay(), content, strings, locale };
}
