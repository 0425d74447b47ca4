import type { MapLayer } from "../../../src/map/mapLayers";

/**
 * One declared layer of every kind, with ids of no story: tests of the engine's layer kinds use
 * these, not content/map.json, so the story can change without breaking them.
 */
export const fixtureLayers: MapLayer[] = [
  { id: "districts", kind: "regions", credit: "c1" },
  { id: "a-river", kind: "lines", credit: "c1" },
  { id: "raids", kind: "incidents", colour: "vermillion", credit: "c2" },
  {
    id: "depots",
    kind: "sites",
    force: "A",
    symbol: "diamond",
    colour: "orange",
    offset: 9,
    credit: "c3",
  },
  { id: "a-road", kind: "route", event: "e1", colour: "blue", credit: "c3" },
  { id: "a-league", kind: "countries", countries: ["AAA", "BBB"], event: "e2", credit: "c4" },
  { id: "a-spot", kind: "point", place: "p1", source: "s", credit: "c1" },
  {
    id: "clashes",
    kind: "events",
    colour: "purple",
    source: { title: "t", url: "https://example.org/" },
    credit: "c5",
  },
];
