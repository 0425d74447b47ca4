import { describe, expect, it } from "vitest";
import { layoutMapLabels } from "../../../src/map/labelLayout";
import { overlaps } from "../../../src/map/placeLabels";
import { mapPadding, readingBand } from "../../../src/map/padding";

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

  // Issue 13: on phones, labels of points near the card's line went under the step card.
  it("keeps a point label inside its label area, the part of the map no card covers", () => {
    const labelArea = { x: 0, y: 0, w: 400, h: 200 };
    const [l] = layoutMapLabels([{ id: "a", x: 100, y: 190, w: 60, h: 48 }], [], { ...size, labelArea });
    expect(l!.y + 48).toBeLessThanOrEqual(198);
    expect(l!.y).toBeGreaterThanOrEqual(2);
  });

  it("keeps a crowded label's name only when its whole text would cover another label", () => {
    const labelArea = { x: 0, y: 0, w: 260, h: 70 };
    const out = layoutMapLabels(
      [
        { id: "a", x: 100, y: 35, w: 60, h: 20 },
        { id: "b", x: 120, y: 35, w: 200, h: 60, short: { w: 50, h: 20 } },
      ],
      [],
      { ...size, labelArea },
    );
    expect(out[0]!.short).toBeUndefined();
    expect(out[1]!.short).toBe(true);
    expect(
      overlaps({ x: out[0]!.x, y: out[0]!.y, w: 60, h: 20 }, { x: out[1]!.x, y: out[1]!.y, w: 50, h: 20 }),
    ).toBe(false);
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

  it("keeps the frame below the legend and out of the lower 40% on phones without a measured card", () => {
    const p = mapPadding({ width: 390, height: 844, legendBottom: 68, band: null, narrow: true });
    expect(p.top).toBe(68 + 20 + 8);
    expect(p.bottom).toBe(Math.round(844 * 0.4));
  });

  // Issue 13: on phones, places sat under the step card while its step was read.
  it("keeps the frame between the legend and the highest line the step card reaches on phones", () => {
    const p = mapPadding({
      width: 390,
      height: 844,
      legendBottom: 44,
      band: { top: 44, bottom: 253 },
      narrow: true,
    });
    expect(p).toEqual({ top: 44 + 28, right: 23, bottom: 844 - 253 + 28, left: 23 });
  });

  it("always leaves a third of the map for the frame", () => {
    const p = mapPadding({ width: 300, height: 300, legendHeight: 400, narrow: false });
    expect(300 - p.top - p.bottom).toBeGreaterThanOrEqual(100);
    const q = mapPadding({ width: 300, height: 300, legendBottom: 400, band: null, narrow: true });
    expect(300 - q.top - q.bottom).toBeGreaterThanOrEqual(100);
  });

  it("leaves the frame some room on a phone even when the card and legend leave none", () => {
    const p = mapPadding({
      width: 844,
      height: 390,
      legendBottom: 100,
      band: { top: 100, bottom: 117 },
      narrow: true,
    });
    expect(390 - p.top - p.bottom).toBeGreaterThanOrEqual(64);
  });
});

describe("readingBand()", () => {
  // A phone, 844 px tall, the graphic stuck at the top; cards are measured at one scroll position.
  const phone = { screen: 844, mapTopStuck: 0, graphicBottomStuck: 844, legendBottom: 40 };

  it("ends where the card's top is at 30% of the screen, and starts below the legend", () => {
    const band = readingBand({ ...phone, card: { top: 600 }, previousCard: null, storyBottom: 5000 });
    expect(band).toEqual({ top: 40, bottom: Math.round(0.3 * 844) });
  });

  // Two long cards are 60% of the screen apart: with this card at 70%, the one before ends at 10%.
  it("starts below the card before at its lowest, when this card's top is at 70%", () => {
    const band = readingBand({
      ...phone,
      card: { top: 600 },
      previousCard: { bottom: 600 - 0.6 * 844 },
      storyBottom: 5000,
    });
    expect(band.top).toBe(Math.round(0.1 * 844));
  });

  it("starts lower when a chapter's last, short card lets the graphic scroll up before it reaches 30%", () => {
    // The story ends 400 px below the card's top: with the card at 30% (253 px), at 653 px,
    // 191 px above the graphic's bottom: the map has moved up by as much.
    const band = readingBand({ ...phone, card: { top: 300 }, previousCard: null, storyBottom: 700 });
    expect(band.top).toBe(Math.round(844 - (0.3 * 844 + 400)));
  });
});
