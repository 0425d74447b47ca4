import { describe, expect, it } from "vitest";
import {
  rankedEventsChart as deadliestAttacksChart,
  type RankedEventsInput,
} from "../../../../src/charts/kinds/rankedEvents";
import type { RectMark } from "../../../../src/charts/marks";
import { byKey, chartOptions, marksOf, storyInput } from "../chartOptions";

const input = storyInput<RankedEventsInput>("deadliest-attacks");

describe("rankedEventsChart(), on the deadliest attacks", () => {
  it("takes every attack on the army since the coup from attacks.csv, in date order", () => {
    expect(input.attacks.map((a) => a.id)).toEqual([
      "koutougou_attack",
      "kandadji_attack",
      "tabatol_attack",
      "teguey_attack",
      "tassia_attack",
      "sakoira_ambush",
      "banibangou_attack",
      "tillaberi_ambush_2025",
    ]);
  });

  const g = deadliestAttacksChart(input, chartOptions(360, 330, "all"));

  it("draws one row per attack, bars in proportion to soldiers killed", () => {
    expect(g.rows.map((r) => r.id)).toEqual(input.attacks.map((a) => a.id));
    const max = Math.max(...input.attacks.map((a) => a.soldiers));
    const widest = Math.max(...g.rows.map((r) => r.width));
    for (const [i, r] of g.rows.entries())
      expect(r.width / widest).toBeCloseTo(input.attacks[i]!.soldiers / max, 2);
  });

  it("writes the official figure at each bar's end, 'at least' where the source says so", () => {
    expect(g.rows.map((r) => r.value)).toEqual([
      "at least 17",
      "12",
      "29",
      "23",
      "20",
      "12",
      "34",
      "at least 14",
    ]);
  });

  it("splits Kandadji's bar into combat and road-accident deaths, and says so", () => {
    const combat = byKey(g.marks, "bar-kandadji_attack-in-combat") as RectMark;
    const accident = byKey(g.marks, "bar-kandadji_attack-road-accident-while-responding") as RectMark;
    expect(accident.cls).toContain("bar--part");
    expect(accident.width / combat.width).toBeCloseTo(5 / 7, 1);
    expect(g.rows[1]!.extra).toBe("incl. 5 in a road accident");
  });

  it("has nine bar segments for eight attacks, and a tooltip on each attack", () => {
    expect(marksOf(g.marks, "bar")).toHaveLength(9);
    expect(g.marks.filter((m) => m.tip)).toHaveLength(8);
    // The data's "(army claim)" says whose claim it is; the string adds "unverified" once.
    expect(byKey(g.marks, "bar-tabatol_attack-total").tip).toContain(
      "Attackers killed: 'several dozen' (army claim), unverified",
    );
  });
});
