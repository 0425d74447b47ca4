import { describe, expect, it } from "vitest";
import { featureRows } from "../../../src/map/featureRows";
import { buildOverlay, layerData } from "../../../src/map/overlay";
import { storyData } from "../../../src/data/storyData";
import { loadGedEvents } from "../../../src/data/gedEvents";
import { ctx, overlay, view, views } from "./stepFixtures";
import { loadStrings } from "../../../src/i18n/strings";

describe("featureRows()", () => {
  it("lists every attack, with or without a location, by date", () => {
    const rows = featureRows(views.kandadji!, ctx);
    expect(rows.map((r) => r.what)).toEqual([
      "Koutougou ambush",
      "Kandadji attack",
      "Tabatol attack",
      "Teguey–Bankilaré ambush",
      "Tassia attack",
      "Sakoira ambush",
      "Eknewane attack",
      "Banibangou attack",
      "Tillabéri ambush",
      "Garbougna attack",
      "Niamey airport attack",
    ]);
    const kandadji = rows[1]!;
    expect(kandadji).toMatchObject({
      when: "September 28, 2023",
      where: "Kandadji, Tillabéri (approximate location, ±10 km)",
      toll: "12 soldiers killed; 7 wounded; attackers killed: ~100 (army claim), unverified",
    });
    expect(kandadji.sources[0]!.url).toMatch(/^https?:\/\//);
    expect(rows[3]!.where).toBe("Tillabéri (not mapped: no location gathered)");
  });

  it("gives each base its troops and the date the force left", () => {
    const rows = featureRows(views.usBases!, ctx);
    expect(rows.map((r) => [r.what, r.when])).toEqual([
      ["US base: Air Base 101", "left by July 7, 2024"],
      ["US base: Air Base 201", "left by August 5, 2024"],
    ]);
  });

  it("describes the withdrawal route as schematic, with its reported length", () => {
    const [row] = featureRows(view({ frame: { places: ["ndjamena"] }, layers: ["french-withdrawal"] }), ctx);
    expect(row).toMatchObject({
      what: "French withdrawal: first road convoy (schematic route)",
      when: "October 10, 2023",
      where: "Ouallam → N'Djamena",
      toll: "more than 1,600 km by road",
    });
  });

  it("gives the route's length with the edition's note on the figure, not the data's English", () => {
    // Regression: /fr/ printed "more than 1 600 km par la route" (the data's qualifier).
    const data = storyData("fr");
    const frOverlay = buildOverlay(data, loadGedEvents(), ctx.content);
    const route = layerData(frOverlay, "french-withdrawal", "route").route;
    expect(route.distanceQualifier).toBe("plus de");
  });

  it("sums UCDP events per year, drawn or not, and says how many are not drawn", () => {
    const rows = featureRows(views.events!, ctx);
    expect(rows.map((r) => r.when)).toEqual(["2023", "2024"]);
    const hidden = layerData(overlay, "conflict-events", "events").notShown["2023"]!.n;
    expect(rows[0]!.what).toBe("UCDP conflict events (97)");
    expect(rows[0]!.where).toBe(
      `Niger: ${97 - hidden} on the map, ${hidden} with only a region-level location`,
    );
    expect(rows[0]!.toll).toBe("513 deaths (UCDP best estimate)");
  });

  // The hemispheres' letters were English whatever the edition ("1° W" in French).
  it("gives a point's coordinates with the edition's letters for the hemispheres", () => {
    const place = ctx.data.placeById.get("tri_border")!;
    const west = { ...place, lon: -1.5 };
    const fr = {
      ...ctx,
      strings: loadStrings("fr"),
      locale: "fr",
      data: { ...ctx.data, placeById: new Map([...ctx.data.placeById, ["tri_border", west]]) },
    };
    const [row] = featureRows(view({ frame: { countries: ["NER"] }, layers: ["tri-border"] }), fr);
    expect(row!.where).toMatch(/^[\d,]+° N, 1,5° O$/);
  });

  it("has no rows for a map of regions only", () => {
    expect(featureRows(view({ frame: { countries: ["NER"] }, layers: ["regions"] }), ctx)).toEqual([]);
  });
});
