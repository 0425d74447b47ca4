import { describe, expect, it } from "vitest";
import { schematicRoute, sliceLine, ROUTE_POINTS } from "../../../src/map/routeLine";

describe("schematicRoute()", () => {
  it("runs straight from start to end in evenly spaced points", () => {
    const line = schematicRoute([0, 10], [10, 20]);
    expect(line).toHaveLength(ROUTE_POINTS + 1);
    expect(line[0]).toEqual([0, 10]);
    expect(line.at(-1)).toEqual([10, 20]);
    expect(line[ROUTE_POINTS / 2]).toEqual([5, 15]);
  });
});

describe("sliceLine()", () => {
  const line = [
    [0, 0],
    [3, 0],
    [3, 4],
  ];
  it.each([
    [
      0,
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      0.5,
      [
        [0, 0],
        [3, 0],
        [3, 0.5],
      ],
    ],
    [
      3 / 7,
      [
        [0, 0],
        [3, 0],
      ],
    ],
    [1, line],
    [2, line],
  ])("cuts the line at %d of its length", (p, expected) => {
    const out = sliceLine(line, p);
    expect(out).toHaveLength(expected.length);
    out.forEach((pt, i) => pt.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 4)));
  });
});
