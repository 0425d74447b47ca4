import { describe, expect, it } from "vitest";
import { layoutMapLabels } from "../../../src/map/labelLayout";
import { overlaps } from "../../../src/map/placeLabels";
import { mapPadding } from "../../../src/map/padding";

const size = { width: 400, height: 300 };

describe("layoutMapLabels()", () => {
  it("puts a label to the right of its point when there is room", () => {
    const [l] = layoutMapLabels([{ id: "a", x: 100, y: 100, w: 60, h: 20 }], [], size);
    expect(l).toEqual({ id: "a", x: 108, y: 90, side: "right", visible: true, anchor: 0 });
  });

  it("flips a label to the left at the right edge", () => {
    const [l] = layoutMapLabels([{ id: "a", x: 390, y: 100, w: 60, h: 20 }], [], size);
    expect(l!.side).toBe("left");
  });

  it("keeps labels off the legend", () => {
    const legend = { x: 100, y: 80, w: 200, h: 60 };
    const [l] = layoutMapLabels([{ id: "a", x: 95, y: 100, w: 60, h: 20 }], [], {
      ...size,
      obstacles: [legend],
    });
    expect(overlaps({ x: l!.x, y: l!.y, w: 60, h: 20 }, legend)).toBe(false);
  });

  it("moves the second of two close labels so they do not overlap", () => {
    const [a, b] = layoutMapLabels(
      [
        { id: "a", x: 100, y: 100, w: 80, h: 30 },
        { id: "b", x: 104, y: 110, w: 80, h: 30 },
      ],
      [],
      size,
    );
    expect(overlaps({ x: a!.x, y: a!.y, w: 80, h: 30 }, { x: b!.x, y: b!.y, w: 80, h: 30 })).toBe(false);
  });

  it("moves a line's label to another point along the line when its first spot is taken", () => {
    const legend = { x: 0, y: 0, w: 400, h: 200 };
    const [route] = layoutMapLabels(
      [{ id: "route", x: 200, y: 100, w: 120, h: 30, alts: [{ x: 200, y: 250 }] }],
      [],
      { ...size, obstacles: [legend] },
    );
    expect(route!.anchor).toBe(1);
  });

  it("slides a label that cannot fit back inside the map instead of clipping it", () => {
    const [l] = layoutMapLabels([{ id: "a", x: 5, y: 5, w: 380, h: 20 }], [], size);
    expect(l!.x).toBeGreaterThanOrEqual(2);
    expect(l!.x + 380).toBeLessThanOrEqual(size.width - 2 + 0.01);
  });

  it("hides a country name that would collide with a place label, shows one that is free", () => {
    const out = layoutMapLabels(
      [{ id: "p", x: 100, y: 100, w: 80, h: 20 }],
      [
        { id: "c1", kind: "country", x: 140, y: 100, w: 60, h: 14 },
        { id: "c2", kind: "country", x: 300, y: 250, w: 60, h: 14 },
        { id: "c3", kind: "country", x: 395, y: 150, w: 60, h: 14 },
      ],
      size,
    );
    expect(out.filter((l) => l.visible).map((l) => l.id)).toEqual(["p", "c2"]);
  });
});

describe("mapPadding()", () => {
  it("keeps the frame clear of the legend at the bottom on wide screens", () => {
    expect(mapPadding({ width: 700, height: 750, legendHeight: 120, narrow: false })).toEqual({
      top: 42,
      right: 42,
      bottom: 120 + 42 + 20,
      left: 42,
    });
  });

  it("keeps the frame above the step card and below the legend on phones", () => {
    const p = mapPadding({ width: 390, height: 844, legendHeight: 60, narrow: true });
    expect(p.top).toBe(60 + 23 + 20);
    expect(p.bottom).toBe(Math.round(844 * 0.4));
  });

  it("always leaves a third of the map for the frame", () => {
    const p = mapPadding({ width: 300, height: 300, legendHeight: 400, narrow: true });
    expect(300 - p.top - p.bottom).toBeGreaterThanOrEqual(100);
  });
});
