import { describe, expect, it } from "vitest";
import { frameBounds } from "../../../src/map/frameBounds";
import { mapStep, stepCredits, stepLabels, stepLegend, stepNotes } from "../../../src/map/mapStep";
import { layerData } from "../../../src/map/overlay";
import { loadStrings } from "../../../src/i18n/strings";
import { storyData } from "../../../src/data/storyData";
import { content, ctx, data, overlay, steps, view, views } from "./stepFixtures";

const incidents = layerData(overlay, "attacks", "incidents");
const events = layerData(overlay, "conflict-events", "events");

describe("mapStep()", () => {
  it("frames the same box as the static map", () => {
    expect(steps.kandadji!.bounds).toEqual(frameBounds(views.kandadji!, data));
  });

  // Issue 13: steps labelled places their frame left out (Gao, Dori, Douala): labels off screen.
  it("frames every place it labels, even one its frame does not name", () => {
    const v = view({ frame: { places: ["niamey"] }, places: ["niamey", "ndjamena"] });
    const [[w, s], [e, n]] = mapStep("f", "A map of two capitals, for the tests.", v, ctx).bounds;
    for (const id of ["niamey", "ndjamena"]) {
      const p = data.placeById.get(id)!;
      expect(p.lon, id).toBeGreaterThanOrEqual(w);
      expect(p.lon, id).toBeLessThanOrEqual(e);
      expect(p.lat, id).toBeGreaterThanOrEqual(s);
      expect(p.lat, id).toBeLessThanOrEqual(n);
    }
  });

  it("draws the whole route when a step does not say how much", () => {
    const v = view({ frame: { places: ["ouallam", "ndjamena"] }, layers: ["french-withdrawal"] });
    expect(mapStep("r", "A map of the route, for the tests.", v, ctx).routeProgress).toBe(1);
    expect(steps.convoyHalf!.routeProgress).toBe(0.5);
  });
});

describe("stepLabels()", () => {
  it("labels each marked place, with the attack's date and toll and 'approximate location'", () => {
    const labels = stepLabels(views.kandadji!, ctx);
    expect(labels.map((l) => l.text)).toEqual(["Kandadji", "Ayorou", "Niamey"]);
    expect(labels[0]!.sub).toEqual(["Sep 28, 2023 · 12 soldiers killed", "approximate location"]);
  });

  // Tijiane has no coordinates in the data: it must never become a point on the map.
  it("never puts Tijiane on the map, but says it is not mapped", () => {
    const labels = stepLabels(views.kandadji!, ctx);
    expect(labels.some((l) => /tijiane/i.test(l.text + l.sub.join(" ")))).toBe(false);
    expect(stepNotes(views.kandadji!, ctx).map((n) => n.text)).toContain(
      "Tijiane area (army: north-east of Ayorou; not mapped)",
    );
  });

  it("traces the Tijiane note to the timeline's account of the Kandadji attack", () => {
    const note = incidents.notes.find((n) => n.eventId === "kandadji_attack")!;
    const summary = data.timeline.events.find((e) => e.id === note.eventId)!.summary;
    expect(summary).toMatch(/Tijiane north-east of Ayorou/);
    expect(data.places.some((p) => /tijiane/i.test(p.name))).toBe(false);
  });

  it("puts the Niamey air base's troops under Niamey's label, the bases nearby under theirs", () => {
    const labels = stepLabels(views.frenchBases!, ctx);
    const niamey = labels.find((l) => l.id === "niamey")!;
    expect(niamey.sub).toEqual(["French base: ~1,000 (Oct 2023, AFP)", "left by Dec 22, 2023"]);
    expect(labels.find((l) => l.id === "ouallam")!.sub.join(" ")).toMatch(/~150 \(Sept 2023, RFI\)/);
    expect(labels).toHaveLength(3);
  });

  it("labels the US bases with what happened next", () => {
    const labels = stepLabels(views.usBases!, ctx);
    expect(labels.find((l) => l.id === "niamey")!.sub.join(" ")).toMatch(/Air Base 101.*left by Jul 7, 2024/);
    expect(labels.find((l) => l.id === "agadez")!.sub.join(" ")).toMatch(/Air Base 201.*left by Aug 5, 2024/);
  });

  it("labels the route as schematic, with the convoy's date, and its length once it is drawn", () => {
    const half = stepLabels(views.convoyHalf!, ctx).find((l) => l.kind === "route")!;
    expect(half.text).toBe("French withdrawal (schematic route)");
    expect(half.sub).toEqual(["first convoy left Ouallam Oct 10, 2023"]);
    const done = stepLabels(views.convoyDone!, ctx).find((l) => l.kind === "route")!;
    expect(done.sub).toContain("more than 1,600 km by road");
  });

  it("labels the tri-border point", () => {
    expect(stepLabels(views.triBorder!, ctx).map((l) => l.text)).toContain("Tri-border (Liptako-Gourma)");
  });
});

describe("a step's last day for incidents (incidentsUntil)", () => {
  const until = (day?: string) =>
    view({
      frame: { places: ["kandadji", "niamey"] },
      places: ["kandadji", "niamey"],
      layers: ["attacks"],
      ...(day ? { incidentsUntil: day } : {}),
    });
  const later = incidents.points.features.filter((f) => f.properties.date > "2023-09-30");

  it("shows no incident after that day: not drawn, not labelled, not listed as unmapped", () => {
    expect(later.length).toBeGreaterThan(0); // the data have later attacks to hide
    const step = mapStep("s", "A map of the attacks up to a day, for the tests.", until("2023-09-30"), ctx);
    expect(step.incidentsUntil).toBe("2023-09-30");
    const notes = stepNotes(until("2023-09-30"), ctx)
      .map((n) => n.text)
      .join(" ");
    for (const a of incidents.unmapped) expect(notes.includes(a.name)).toBe(a.date <= "2023-09-30");
    const labels = stepLabels(until("2023-09-30"), ctx).flatMap((l) => l.sub);
    expect(labels.some((t) => /2024|2025|2026/.test(t))).toBe(false);
  });
});

describe("stepNotes()", () => {
  it("lists the attacks without a location", () => {
    const text = stepNotes(views.kandadji!, ctx).find((n) => n.kind === "unmapped-incidents")!.text;
    expect(text).toMatch(
      /^Not mapped \(no location gathered\): Teguey–Bankilaré ambush \(Mar 20, 2024, 23 soldiers killed\)/,
    );
  });

  it("counts the UCDP events it cannot place, for the years shown only", () => {
    const hidden2324 = [2023, 2024].reduce((n, y) => n + (events.notShown[y]?.n ?? 0), 0);
    const note = stepNotes(views.events!, ctx).find((n) => n.kind === "events-hidden")!;
    expect(note.text).toBe(`${hidden2324} events not shown: UCDP gives only a region-level location`);
    const all = view({ frame: { countries: ["NER"] }, layers: ["conflict-events"] });
    expect(stepNotes(all, ctx).find((n) => n.kind === "events-hidden")!.text).toMatch(/^76 events/);
  });

  // The French note avoided the plural ("Événements non représentés : 76"); it now agrees with the count.
  it("says how many UCDP events it cannot place in the edition's plural form", () => {
    const fr = { ...ctx, strings: loadStrings("fr"), locale: "fr" };
    const all = view({ frame: { countries: ["NER"] }, layers: ["conflict-events"] });
    expect(stepNotes(all, fr).find((n) => n.kind === "events-hidden")!.text).toBe(
      "76 événements non représentés\u00a0: l’UCDP ne les situe qu’à l’échelle de la région",
    );
  });

  it("gives the troop numbers behind the base symbols, with dates", () => {
    const text = stepNotes(views.frenchBases!, ctx).find((n) => n.kind === "troops")!.text;
    expect(text).toBe(
      "French troops in Niger: ~1,500 (Jul 26, 2023) → ~1,400 (Oct 19, 2023) → 157 (Dec 13, 2023) → 0 (Dec 22, 2023)",
    );
    const us = stepNotes(views.usBases!, ctx).find((n) => n.kind === "troops")!.text;
    expect(us).toMatch(/^US troops in Niger: ~1,100 \(Jul 26, 2023\).* → 0 \(Sep 15, 2024\)$/);
  });

  it("dates the Liptako-Gourma Charter", () => {
    expect(stepNotes(views.pact!, ctx).map((n) => n.text)).toContain(
      "Liptako-Gourma Charter signed September 16, 2023",
    );
  });
});

describe("stepLegend() and stepCredits()", () => {
  it("has an entry per layer, the highlighted region first and the ring last", () => {
    const legend = stepLegend(views.kandadji!, ctx);
    expect(legend.map((i) => i.symbol)).toEqual([
      "regionHi",
      "layer:regions",
      "layer:river",
      "layer:attacks",
      "approx",
    ]);
  });

  it("names the years of UCDP events shown", () => {
    expect(stepLegend(views.events!, ctx).find((i) => i.symbol === "layer:conflict-events")!.label).toBe(
      "UCDP conflict event, 2023–2024 (size: deaths)",
    );
  });

  it("credits each source once", () => {
    expect(stepCredits(views.events!, content)).toEqual([
      "Natural Earth (public domain)",
      "UCDP GED 25.1 (CC BY 4.0)",
    ]);
  });

  // The French live map's legend credited "tolls: Niger defence ministry via news reports".
  it("credits them in another edition's words (data.json → credits)", () => {
    const words = { "Natural Earth (public domain)": "Natural Earth (domaine public)" };
    expect(stepCredits(views.events!, content, words)).toEqual([
      "Natural Earth (domaine public)",
      "UCDP GED 25.1 (CC BY 4.0)",
    ]);
    const fr = storyData("fr").creditWords!;
    for (const layer of content.layers) expect(fr[layer.credit], layer.id).toBeTruthy();
  });
});
