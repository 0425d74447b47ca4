import { describe, expect, it } from "vitest";
import {
  avoidLabelCollisions,
  labelBox,
  overlaps,
  type LabelRequest,
} from "../../../src/charts/avoidLabelCollisions";
import { dodgeLabels } from "../../../src/charts/dodgeLabels";

describe("dodgeLabels()", () => {
  it.each([
    {
      name: "leaves labels that do not touch where they want to be",
      items: [
        { key: "a", target: 0, size: 10 },
        { key: "b", target: 50, size: 10 },
      ],
      expected: { a: 0, b: 50 },
    },
    {
      name: "pushes a label down below the one before it, with the gap",
      items: [
        { key: "a", target: 10, size: 20 },
        { key: "b", target: 15, size: 10 },
      ],
      expected: { a: 10, b: 32 },
    },
    {
      name: "pulls labels back up when the last one runs past the end",
      items: [
        { key: "a", target: 80, size: 10 },
        { key: "b", target: 95, size: 10 },
      ],
      expected: { a: 78, b: 90 },
    },
    {
      name: "keeps the order of the targets, whatever the order given",
      items: [
        { key: "b", target: 30, size: 10 },
        { key: "a", target: 29, size: 10 },
      ],
      expected: { a: 29, b: 41 },
    },
  ])("$name", ({ items, expected }) => {
    const { positions, overflow } = dodgeLabels(items, { min: 0, max: 100, gap: 2 });
    expect(Object.fromEntries(positions)).toEqual(expected);
    expect(overflow).toBe(0);
  });

  it("reports by how much labels that cannot all fit overflow, and never overlaps them", () => {
    const items = ["a", "b", "c"].map((key) => ({ key, target: 0, size: 40 }));
    const { positions, overflow } = dodgeLabels(items, { min: 0, max: 100, gap: 2 });
    expect(overflow).toBe(24);
    expect([...positions.values()]).toEqual([0, 42, 84]);
  });
});

describe("avoidLabelCollisions()", () => {
  const bounds = { x: 0, y: 0, w: 200, h: 100 };
  const req = (key: string, spots: LabelRequest["spots"]): LabelRequest => ({
    key,
    lines: ["Label"],
    fontSize: 14,
    spots,
  });

  it("takes the first spot when it is free", () => {
    const [l] = avoidLabelCollisions([req("a", [{ x: 10, y: 30, anchor: "start" }])], { bounds });
    expect(l).toMatchObject({ key: "a", x: 10, y: 30, anchor: "start", clear: true });
  });

  it("moves a label off a mark to its next spot", () => {
    const mark = { x: 10, y: 10, w: 30, h: 30 };
    const [l] = avoidLabelCollisions(
      [
        req("a", [
          { x: 10, y: 30, anchor: "start" },
          { x: 10, y: 80, anchor: "start" },
        ]),
      ],
      { bounds, obstacles: [mark] },
    );
    expect(l!.y).toBe(80);
    expect(overlaps(l!.box, mark)).toBe(false);
  });

  it("keeps a later label off an earlier one", () => {
    const spots: LabelRequest["spots"] = [
      { x: 10, y: 30, anchor: "start" },
      { x: 10, y: 60, anchor: "start" },
    ];
    const [a, b] = avoidLabelCollisions([req("a", spots), req("b", spots)], { bounds });
    expect([a!.y, b!.y]).toEqual([30, 60]);
    expect(overlaps(a!.box, b!.box)).toBe(false);
  });

  it("prefers touching a mark to being clipped by the edge", () => {
    const mark = { x: 0, y: 0, w: 200, h: 50 };
    const [l] = avoidLabelCollisions(
      [
        req("a", [
          { x: 190, y: 80, anchor: "start" },
          { x: 10, y: 30, anchor: "start" },
        ]),
      ],
      { bounds, obstacles: [mark] },
    );
    expect(l).toMatchObject({ x: 10, y: 30, clear: false });
  });

  it("never drops a label: with no free spot it takes the least bad one and says so", () => {
    const [l] = avoidLabelCollisions([req("a", [{ x: 10, y: 30, anchor: "start" }])], {
      bounds,
      obstacles: [{ x: 0, y: 0, w: 200, h: 100 }],
    });
    expect(l!.clear).toBe(false);
  });

  it.each([
    ["start", 10],
    ["middle", 10 - labelBox(["Label"], 14, { x: 0, y: 0, anchor: "start" }).w / 2],
    ["end", 10 - labelBox(["Label"], 14, { x: 0, y: 0, anchor: "start" }).w],
  ] as const)("puts the box of a %s-anchored label on the right side of its anchor", (anchor, x) => {
    expect(labelBox(["Label"], 14, { x: 10, y: 30, anchor }).x).toBeCloseTo(x, 6);
  });
});
