import { describe, expect, it } from "vitest";
import type { Region } from "../../../src/data/geo";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { slugify } from "../../../src/data/slugify";
import { loadOverlay } from "../../../src/map/basemapData";
import { layerData } from "../../../src/map/overlay";
import { regionAt } from "../../../src/map/layers/events";

// Two square regions side by side, wound the way d3-geo reads them (small, clockwise on screen).
const square = (id: string, name: string, west: number): Region => ({
  id,
  name,
  label: [west + 0.5, 0.5],
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [west, 0],
        [west, 1],
        [west + 1, 1],
        [west + 1, 0],
        [west, 0],
      ],
    ],
  },
});
const regions = [square("west", "Ouest", 0), square("east", "Est", 1)];

describe("regionAt()", () => {
  it("finds the region whose outline holds the point", () => {
    expect(regionAt(regions, [0.5, 0.5])?.name).toBe("Ouest");
    expect(regionAt(regions, [1.5, 0.5])?.name).toBe("Est");
  });

  it("takes the nearest region for a point just outside every outline", () => {
    expect(regionAt(regions, [1.9, -0.01])?.name).toBe("Est");
    expect(regionAt(regions, [-0.05, 0.5])?.name).toBe("Ouest");
  });
});

describe("the events layer of the live map", () => {
  // The French popup printed the dataset's English admin-1 ("Tahoua region: Intazayene…").
  it("names each event's region in the edition's words, from the regions file", () => {
    const fr = layerData(loadOverlay("fr"), "conflict-events", "events");
    const names = new Set(fr.points.features.map((f) => f.properties.r));
    expect([...names].sort()).toEqual([
      "Agadez",
      "Diffa",
      "Dosso",
      "Maradi",
      "Niamey",
      "Tahoua",
      "Tillabéri",
    ]);
    expect(fr.lang).toBe("en");
    // The place stays the dataset's words, without its admin-1 in front.
    const adm1 = new Map(loadGedEvents().map((e) => [e.id, e.adm_1]));
    expect(
      fr.points.features.filter((f) => f.properties.where.startsWith(`${adm1.get(f.properties.id)}:`)),
    ).toEqual([]);
  });

  it("puts every event in the region the dataset names, where it names one", () => {
    const en = layerData(loadOverlay("en"), "conflict-events", "events");
    const adm1 = new Map(loadGedEvents().map((e) => [e.id, e.adm_1]));
    const checked = en.points.features.filter((f) => adm1.get(f.properties.id));
    expect(checked.length).toBeGreaterThan(400);
    for (const f of checked)
      expect(slugify(adm1.get(f.properties.id)!), String(f.properties.id)).toBe(
        `${slugify(f.properties.r)}-region`,
      );
  });
});
