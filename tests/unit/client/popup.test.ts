import { describe, expect, it } from "vitest";
import { popupFor } from "../../../src/client/map/popup";
import type { LayerData } from "../../../src/map/overlay";
import type { MapLayer } from "../../../src/map/mapLayers";

const strings = {
  "map.leftBy": "Left on {date}",
  "map.approximateLocation": "approximate location",
  "map.soldiersKilled": "{n} soldiers killed",
  "map.soldiersKilled#one": "{n} soldier killed",
  "map.soldiersKilled#other": "{n} soldiers killed",
  "map.civiliansKilled": "{n} civilians killed",
  "map.wounded": "{n} wounded",
  "map.claim": "{claim}, unverified",
  "punctuation.colon": "\u00a0:",
} as unknown as Parameters<typeof popupFor>[2];

/** One point feature at [1, 2] in a collection, with `properties`. */
const onePoint = (properties: Record<string, unknown>) => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", geometry: { type: "Point", coordinates: [1, 2] }, properties }],
});

const site = (lang: string) =>
  ({
    kind: "sites",
    troops: [],
    points: onePoint({
      force: "Blue",
      name: "Camp A",
      placeId: "town_a",
      role: "air base",
      troops: "~10",
      leftBy: "2024-01-01",
      eventId: "left",
      sources: [{ publisher: "Daily", title: "Blue leaves", url: "https://example.org/a", lang }],
    }),
  }) as unknown as LayerData;

const feature = { layer: { kind: "sites" } as MapLayer, properties: { placeId: "town_a" } };

describe("the live map's popup", () => {
  it("marks a source title's language where it is not the page's, with the edition's colon after the publisher", () => {
    const on = (locale: string, lang: string) =>
      popupFor(feature, site(lang), strings, {}, locale)!.sources[0];
    expect(on("fr", "en")).toEqual({
      lead: "Daily\u00a0: ",
      title: "Blue leaves",
      url: "https://example.org/a",
      lang: "en",
    });
    expect(on("fr", "fr")!.lang).toBeUndefined();
  });

  // The tolls were joined with ", " whatever the edition: "17 soldats tués, 20 blessés".
  it("joins an incident's tolls as the locale lists things", () => {
    const incident = {
      kind: "incidents",
      rings: { type: "FeatureCollection", features: [] },
      unmapped: [],
      notes: [],
      points: onePoint({
        id: "ambush",
        name: "ambush at A",
        date: "2023-08-15",
        placeId: null,
        region: "North",
        killed: 1,
        wounded: 20,
        civilians: 3,
        claim: null,
        approximate: false,
        km: null,
        sources: [],
      }),
    } as unknown as LayerData;
    const popup = (locale: string) =>
      popupFor(
        { layer: { kind: "incidents" } as MapLayer, properties: { id: "ambush" } },
        incident,
        strings,
        {},
        locale,
      )!;
    expect(popup("en").lines[2]).toBe("1 soldier killed, 3 civilians killed, and 20 wounded");
    expect(popup("fr").lines[2]).toBe("1 soldier killed, 3 civilians killed et 20 wounded");
    // Its name heads the popup, though an edition writes it for mid-sentence ("embuscade de …").
    expect(popup("fr").title).toBe("Ambush at A");
  });

  // The French popup printed UCDP's English "Tahoua region: Intazayene…" as if it were French.
  it("gives an event's region in the edition's words and the dataset's place as its words, marked with their language", () => {
    const events = {
      kind: "events",
      notShown: {},
      years: [2023, 2023],
      lang: "en",
      points: onePoint({
        id: 7,
        y: 2023,
        date: "2023-08-15",
        d: 3,
        t: 1,
        r: "Nord",
        where: "Village A, near B",
      }),
    } as unknown as LayerData;
    const layerStrings = {
      popup: "UCDP n° {id}",
      deaths: "{n} décès",
      place: "Lieu selon l’UCDP\u00a0: «\u202f{place}\u202f»",
    };
    const on = (locale: string) =>
      popupFor(
        {
          layer: { kind: "events", source: { title: "UCDP GED", url: "https://ucdp.uu.se/" } } as MapLayer,
          properties: { id: 7 },
        },
        events,
        strings,
        layerStrings,
        locale,
      )!;
    expect(on("fr").lines).toEqual([
      "15 août 2023",
      "Nord",
      {
        before: "Lieu selon l’UCDP\u00a0: «\u202f",
        quote: "Village A, near B",
        after: "\u202f»",
        lang: "en",
      },
      "3 décès",
    ]);
    expect(on("en").lines[2]).toMatchObject({ quote: "Village A, near B", lang: undefined });
  });
});
