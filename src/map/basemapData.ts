import { createRequire } from "node:module";
import type { GeometryCollection, Topology } from "topojson-specification";
import { countryRow, loadRiver } from "../data/geo";
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

const basemaps = new Map<string, Basemap>();
/**
 * The offline basemap built from the repo's data, once per build: world-atlas 1:10m countries
 * clipped to the area the story frames, the regions and the lines files.
 */
export function loadBasemap(locale: string): Basemap {
  let basemap = basemaps.get(locale);
  if (!basemap) {
    const data = storyData(locale);
    const topology = require("world-atlas/countries-10m.json") as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    basemap = buildBasemap({
      topology,
      // Names in the edition's words: the countries of the data, and the regions.
      countryNames: loadTable(dataFileName("countries"), countryRow).map((c) => ({
        ...c,
        name: data.countries.find((d) => d.iso3 === c.iso3)?.name ?? c.name,
      })),
      atlasNames: new Intl.Locale(locale).language === "en",
      regions: data.regions,
      river: loadRiver(),
      box: loadMapContent().basemap.box,
      core: loadMapContent().basemap.detail,
    });
    basemaps.set(locale, basemap);
  }
  return basemap;
}

const overlays = new Map<string, Overlay>();
/** The live map's overlay data (what each declared layer draws) in the edition `locale`, once per build. */
export function loadOverlay(locale: string): Overlay {
  let overlay = overlays.get(locale);
  if (!overlay) {
    overlay = buildOverlay(storyData(locale), loadGedEvents(), loadMapContent());
    overlays.set(locale, overlay);
  }
  return overlay;
}

/** Everything a map step is computed from: the data, the overlay, the map content and the words. */
export function mapContext(strings: Strings, locale: string): MapStepContext {
  const content = loadMapContent();
  checkLayerStrings(content, strings, locale);
  return { data: storyData(locale), overlay: loadOverlay(locale), content, strings, locale };
}
