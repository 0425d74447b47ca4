import { describe, expect, it } from "vitest";
import {
  eventTollChart as kandadjiTollChart,
  type EventTollInput,
} from "../../../../src/charts/kinds/eventToll";
import { byKey, chartOptions, marksOf, storyInput } from "../chartOptions";

const input = storyInput<EventTollInput>("kandadji-toll");

describe("eventTollChart(), on the Kandadji toll", () => {
  it("takes the toll and its breakdown from timeline.json", () => {
    expect(input.total).toBe(input.parts.reduce((a, p) => a + p.value, 0));
    expect(input.parts.map((p) => p.key)).toEqual(["in-combat", "road-accident-while-responding"]);
  });

  it.each(["deaths", "claim"])("draws one dot per soldier killed, by how each died (%s)", (state) => {
    const g = kandadjiTollChart(input, chartOptions(360, 480, state));
    expect(g.parts.map((p) => p.dots.length)).toEqual(input.parts.map((p) => p.value));
    expect(marksOf(g.marks, "dot--part0", true)).toHaveLength(input.parts[0]!.value);
    expect(marksOf(g.marks, "dot--part1", true)).toHaveLength(input.parts[1]!.value);
  });

  it("keeps the army's claim hidden in the deaths state and shows it, apart, in the claim state", () => {
    const deaths = kandadjiTollChart(input, chartOptions(360, 480, "deaths"));
    const claim = kandadjiTollChart(input, chartOptions(360, 480, "claim"));
    expect(marksOf(deaths.marks, "dot--claim", true)).toHaveLength(0);
    expect(marksOf(claim.marks, "dot--claim", true)).toHaveLength(input.claim.value);
    const lowestSoldier = Math.max(...claim.parts.flatMap((p) => p.dots.map((d) => d.cy)));
    expect(Math.min(...claim.claimDots.map((d) => d.cy))).toBeGreaterThan(lowestSoldier);
  });

  it("labels the claim as the army's, unverified, and 'about' as the source says", () => {
    const claim = kandadjiTollChart(input, chartOptions(360, 480, "claim"));
    expect(byKey(claim.marks, "claim-heading")).toMatchObject({
      lines: ["about 100 attackers killed, the army says"],
    });
    expect(byKey(claim.marks, "claim-tag")).toMatchObject({ lines: ["army claim, unverified"], off: false });
  });

  it("draws every dot the same size: one dot is one person", () => {
    const g = kandadjiTollChart(input, chartOptions(360, 480, "claim"));
    const radii = new Set(
      g.marks.filter((m) => m.type === "circle").map((m) => (m.type === "circle" ? m.r : 0)),
    );
    expect(radii.size).toBe(1);
  });

  // A data page lays the deaths state out at its designed height (180): side by side, the soldiers
  // were laid out as if the claim were shown, at the top over a 54 px blank band.
  it.each([360, 800])("centres the soldiers in the plot when the claim is hidden (%i wide)", (width) => {
    const g = kandadjiTollChart(input, chartOptions(width, 180, "deaths"));
    const shown = g.marks.filter((m) => !m.off);
    const ys = shown.flatMap((m) =>
      m.type === "circle" ? [m.cy - m.r, m.cy + m.r] : m.type === "text" ? [m.y - 14, m.y] : [],
    );
    const above = Math.min(...ys);
    const below = 180 - Math.max(...ys);
    expect(Math.abs(above - below)).toBeLessThan(8);
  });

  it("sets the claim beside the soldiers on wide screens", () => {
    const g = kandadjiTollChart(input, chartOptions(800, 400, "claim"));
    expect(g.layout).toBe("side-by-side");
    expect(Math.min(...g.claimDots.map((d) => d.cx))).toBeGreaterThan(
      Math.max(...g.parts.flatMap((p) => p.dots.map((d) => d.cx))),
    );
  });
});
