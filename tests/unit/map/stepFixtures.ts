import { storyData } from "../../../src/data/storyData";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { loadStrings } from "../../../src/i18n/strings";
import { buildOverlay, layerData } from "../../../src/map/overlay";
import { loadMapContent } from "../../../src/map/mapLayers";
import { mapStep, type MapStepContext } from "../../../src/map/mapStep";
import type { MapView } from "../../../src/map/mapView";

export const data = storyData("en");
export const content = loadMapContent();
export const layers = content.layers;
export const overlay = buildOverlay(data, loadGedEvents(), content);
export const strings = loadStrings("en");
export const ctx: MapStepContext = { data, overlay, strings, locale: "en", content };
/** The route layer's schematic line. */
export const route = layerData(overlay, "french-withdrawal", "route").route;

/** A map view with the schema's defaults filled in. */
export const view = (
  v: Omit<Partial<MapView>, "highlight" | "frame"> & {
    frame: Partial<MapView["frame"]>;
    highlight?: Partial<MapView["highlight"]>;
  },
): MapView => ({
  places: [],
  layers: [],
  ...v,
  highlight: { regions: [], countries: [], ...v.highlight },
  frame: { places: [], regions: [], countries: [], ...v.frame },
});

/** Steps like the story's: one per kind of map the chapters use. */
export const views: Record<string, MapView> = {
  kandadji: view({
    frame: { places: ["kandadji", "ayorou", "niamey"] },
    places: ["kandadji", "ayorou", "niamey"],
    layers: ["regions", "river", "attacks"],
    highlight: { regions: ["tillaberi"] },
  }),
  triBorder: view({
    frame: { places: ["tri_border", "niamey"], regions: ["tillaberi"] },
    places: ["niamey"],
    layers: ["tri-border", "regions"],
    highlight: { regions: ["tillaberi"] },
  }),
  frenchBases: view({
    frame: { places: ["niamey_airbase", "ouallam", "ayorou"] },
    places: ["niamey", "ouallam", "ayorou"],
    layers: ["french-bases", "river"],
  }),
  convoyHalf: view({
    frame: { places: ["ouallam", "ndjamena"] },
    places: ["niamey", "ndjamena"],
    layers: ["french-bases", "french-withdrawal"],
    route: { progress: 0.5 },
  }),
  convoyDone: view({
    frame: { places: ["ouallam", "ndjamena"] },
    places: ["niamey", "ndjamena"],
    layers: ["french-bases", "french-withdrawal"],
    route: { progress: 1 },
  }),
  usBases: view({
    frame: { places: ["niamey_airbase", "airbase_201"] },
    places: ["niamey", "agadez"],
    layers: ["us-bases"],
  }),
  pact: view({
    frame: { countries: ["MLI", "BFA", "NER"] },
    places: ["bamako", "ouagadougou", "niamey"],
    layers: ["pact"],
  }),
  events: view({
    frame: { countries: ["NER"] },
    layers: ["conflict-events", "regions"],
    eventYears: [2023, 2024],
  }),
};

export const steps = Object.fromEntries(
  Object.entries(views).map(([id, v]) => [id, mapStep(id, `Map of ${id}, for the tests.`, v, ctx)]),
);
