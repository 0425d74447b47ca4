import { createRequire } from "node:module";
import type { GeometryCollection, Topology } from "topojson-specification";
import { countryRow, loadRegions, loadRiver } from "../data/geo";
import { loadTable } from "../data/loadTable";
import { loadGedEvents } from "../data/gedEvents";
import { storyData } from "../data/storyData";
import { buildBasemap, type Basemap } from "./basemap";
import { buildOverlay, type Overlay } from "./overlay";

const require = createRequire(import.meta.url);

let basemap: Basemap | undefined;
/**
 * The offline basemap built from the repo's data, once per build: world-atlas 1:10m countries
 * (Natural Earth) clipped to West Africa and the Sahel, Niger's regions and the Niger river.
 */
export function loadBasemap(): Basemap {
  if (!basemap) {
    const topology = require("world-atlas/countries-10m.json") as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    basemap = buildBasemap({
      topology,
      countryNames: loadTable("countries.csv", countryRow),
      regions: loadRegions(),
      river: loadRiver(),
    });
  }
  return basemap;
}

let overlay: Overlay | undefined;
/** The live map's overlay data (attacks, bases, route, UCDP events …), once per build. */
export function loadOverlay(): Overlay {
  overlay ??= buildOverlay(storyData(), loadGedEvents());
  return overlay;
}
