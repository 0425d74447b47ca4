import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { Geometry, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import {
  clipLine,
  clipRing,
  clipSegment,
  clipGeometry,
  roundGeometry,
  type Box,
} from "../../../src/map/clip";
import { simplifyLine } from "../../../src/map/simplify";
import { buildBasemap, labelPoint, simplifyTopology } from "../../../src/map/basemap";
import { loadMapContent } from "../../../src/map/mapLayers";
import { loadBasemap } from "../../../src/map/basemapData";

const require = createRequire(import.meta.url);
const box: Box = [
  [0, 0],
  [10, 10],
];

describe("clipRing()", () => {
  it("keeps a ring that is inside the box as it is", () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it("cuts a square that overhangs the box along the box's edges", () => {
    const ring = [
      [5, 5],
      [15, 5],
      [15, 15],
      [5, 15],
      [5, 5],
    ];
    const out = clipRing(ring, box)!;
    expect(out[0]).toEqual(out.at(-1));
    const corners = out
      .slice(1)
      .map((p) => p.join(","))
      .sort();
    expect(corners).toEqual(["10,10", "10,5", "5,10", "5,5"]);
  });

  it("drops a ring entirely outside the box", () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        box,
      ),
    ).toBeNull();
  });
});

describe("clipLine()", () => {
  it("splits a line that leaves and re-enters the box into two parts", () => {
    const parts = clipLine(
      [
        [2, 5],
        [12, 5],
        [12, 7],
        [2, 7],
      ],
      box,
    );
    expect(parts).toEqual([
      [
        [2, 5],
        [10, 5],
      ],
      [
        [10, 7],
        [2, 7],
      ],
    ]);
  });

  it("keeps the middle of a segment that crosses the whole box", () => {
    expect(clipSegment([-5, 5], [15, 5], box)).toEqual([
      [0, 5],
      [10, 5],
    ]);
  });
});

describe("clipGeometry() and roundGeometry()", () => {
  it("keeps points inside and drops points outside", () => {
    expect(clipGeometry({ type: "Point", coordinates: [5, 5] }, box)).not.toBeNull();
    expect(clipGeometry({ type: "Point", coordinates: [50, 5] }, box)).toBeNull();
  });

  it("rounds to the given decimals and drops the points rounding made equal", () => {
    const g = roundGeometry(
      {
        type: "LineString",
        coordinates: [
          [1.00001, 1],
          [1.00002, 1],
          [2.12345, 1],
        ],
      },
      3,
    );
    expect(g.coordinates).toEqual([
      [1, 1],
      [2.123, 1],
    ]);
  });
});

describe("simplifyLine()", () => {
  it("drops points closer than the tolerance to the line, keeps both ends", () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
  });
});

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "LineString":
      return g.coordinates;
    case "MultiLineString":
    case "Polygon":
      return g.coordinates.flat();
    case "MultiPolygon":
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

describe("the offline basemap", () => {
  const basemap = loadBasemap("en");
  const [[w, s], [e, n]] = loadMapContent().basemap.box;

  it("has no coordinate outside its box", () => {
    for (const f of basemap.features) {
      for (const [x, y] of allPositions(f.geometry)) {
        expect(x).toBeGreaterThanOrEqual(w);
        expect(x).toBeLessThanOrEqual(e);
        expect(y).toBeGreaterThanOrEqual(s);
        expect(y).toBeLessThanOrEqual(n);
      }
    }
  });

  it("has the Sahel's countries, Niger's eight regions and the Niger river", () => {
    const ids = basemap.features.filter((f) => f.properties.kind === "country").map((f) => f.properties.id);
    for (const iso of ["NER", "MLI", "BFA", "TCD", "NGA", "DZA", "CMR"]) expect(ids).toContain(iso);
    expect(basemap.features.filter((f) => f.properties.kind === "region")).toHaveLength(8);
    expect(basemap.features.filter((f) => f.properties.kind === "river")).toHaveLength(1);
  });

  it("leaves out countries far from the region", () => {
    const names = basemap.features
      .filter((f) => f.properties.kind === "country")
      .map((f) => f.properties.name);
    expect(names).not.toContain("Brazil");
    expect(names).not.toContain("India");
  });

  // Budget from issue 3: the basemap is fetched when the map loads, so it must stay small.
  it("weighs at most 150 KB gzipped", () => {
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThanOrEqual(150 * 1024);
  });

  it("draws land borders once, and never along the box's edge", () => {
    const borders = basemap.features.filter((f) => f.properties.kind === "border");
    expect(borders).toHaveLength(1);
    const lines = (borders[0]!.geometry as { coordinates: Position[][] }).coordinates;
    for (const l of lines) {
      const onEdge = l.every(([x, y]) => x === w || x === e || y === s || y === n);
      expect(onEdge).toBe(false);
    }
  });

  it("puts each country's name inside it", () => {
    const label = basemap.features.find(
      (f) => f.properties.kind === "country-label" && f.properties.id === "NER",
    )!;
    const [x, y] = label.geometry.type === "Point" ? label.geometry.coordinates : [];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(16);
    expect(y).toBeGreaterThan(11.7);
    expect(y).toBeLessThan(23.5);
  });
});

describe("buildBasemap()", () => {
  const topology = require("world-atlas/countries-110m.json") as CountriesTopology;
  const small: Box = [
    [0, 10],
    [10, 20],
  ];
  const input: Parameters<typeof buildBasemap>[0] = {
    topology,
    countryNames: [{ iso3: "NER", iso_numeric: "562", name: "Niger" }],
    regions: [],
    river: {
      type: "Feature",
      properties: {},
      geometry: {
        type: "LineString",
        coordinates: [
          [-5, 15],
          [20, 15],
        ],
      },
    },
    box: small,
    core: small,
  };
  const built = buildBasemap(input);

  it("clips countries and rivers to the box it is given", () => {
    const river = built.features.find((f) => f.properties.kind === "river")!;
    expect(river.geometry).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [0, 15],
          [10, 15],
        ],
      ],
    });
    const niger = built.features.find((f) => f.properties.id === "NER")!;
    for (const [x, y] of allPositions(niger.geometry)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(20);
    }
  });

  it("names countries from countries.csv, and others by world-atlas's name", () => {
    const names = built.features.filter((f) => f.properties.kind === "country").map((f) => f.properties.name);
    expect(names).toContain("Niger");
    expect(names).toContain("Nigeria");
  });

  // The French live map labelled "Germany", "Spain", "Ethiopia": world-atlas's English names.
  it("leaves the other countries unnamed in an edition that is not in English", () => {
    const fr = buildBasemap({
      ...input,
      countryNames: [{ ...input.countryNames[0]!, name: "Niger (fr)" }],
      atlasNames: false,
    });
    const named = fr.features.filter((f) => f.properties.name !== undefined).map((f) => f.properties);
    expect(named.filter((p) => p.kind === "country" || p.kind === "country-label")).toEqual([
      { kind: "country", name: "Niger (fr)", id: "NER" },
      { kind: "country-label", name: "Niger (fr)", id: "NER" },
    ]);
    expect(fr.features.filter((f) => f.properties.kind === "country").length).toBe(
      built.features.filter((f) => f.properties.kind === "country").length,
    );
  });

  it("simplifies shared borders once, so neighbours still meet exactly", () => {
    const simple = simplifyTopology(topology, () => 0.5);
    expect(simple.transform).toBeUndefined();
    expect(simple.arcs.length).toBe(topology.arcs.length);
    const points = (a: number[][][]) => a.reduce((sum, arc) => sum + arc.length, 0);
    expect(points(simple.arcs)).toBeLessThan(points(topology.arcs));
  });

  it("gives no name to a speck of land", () => {
    expect(
      labelPoint({
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [0, 0],
              [0, 0.01],
              [0.01, 0.01],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toBeNull();
  });
});
