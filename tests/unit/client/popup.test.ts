import { describe, expect, it } from "vitest";
import { popupFor } from "../../../src/client/map/popup";
import type { LayerData } from "../../../src/map/overlay";
import type { MapLayer } from "../../../src/map/mapLayers";

const strings = {
  "map.leftBy": "Left on {date}",
  "punctuation.colon": "\u00a0:",
} as unknown as Parameters<typeof popupFor>[2];

const site = (lang: string) =>
  ({
    kind: "sites",
    troops: [],
    points: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [1, 2] },
          properties: {
            force: "Blue",
            name: "Camp A",
            placeId: "town_a",
            role: "air base",
            troops: "~10",
            leftBy: "2024-01-01",
            eventId: "left",
            sources: [{ publisher: "Daily", title: "Blue leaves", url: "https://example.org/a", lang }],
          },
        },
      ],
    },
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
});
