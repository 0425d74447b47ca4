import { describe, expect, it } from "vitest";
import type { MapLayer } from "../../../src/map/mapLayers";
import { glDash, svgPaint, swatchShape, symbols } from "../../../src/map/symbols";
import { layerSymbol, symbolFor } from "../../../src/map/layers/liveRegistry";
import { palette, storyLayers } from "../../../src/map/style";

// Small fixture layers, not the story's: the symbol model depends only on kinds and colours.
const route: MapLayer = { id: "a-road", kind: "route", event: "e1", colour: "blue", credit: "x" };
const sites: MapLayer = {
  id: "depots",
  kind: "sites",
  force: "A",
  symbol: "diamond",
  colour: "orange",
  offset: 0,
  credit: "x",
};
const layers = [route, sites];

describe("one symbol per layer, for every renderer", () => {
  it("gives the route one dash pattern: pixels for SVG, line widths for the live map", () => {
    const s = layerSymbol(route);
    expect(svgPaint(s).attrs["stroke-dasharray"]).toBe("9 6");
    const line = storyLayers(palette.light, layers).find((l) => l.id === "a-road:line")!;
    expect(line.paint!["line-dasharray"]).toEqual(glDash(s));
    expect(glDash(s)!.map((d) => d * s.strokeWidth)).toEqual(s.dash);
    expect(line.paint!["line-width"]).toBe(s.strokeWidth);
    expect(line.paint!["line-color"]).toBe(palette.light.blue);
  });

  it("draws a sites layer's swatch in its shape and colour token", () => {
    const s = layerSymbol(sites);
    expect(swatchShape(s).tag).toBe("path");
    expect(svgPaint(s)).toMatchObject({ fill: "orange", stroke: "halo" });
  });

  it("resolves legend keys to the same symbols", () => {
    expect(symbolFor("layer:a-road", layers)).toEqual(layerSymbol(route));
    expect(symbolFor("approx", layers)).toBe(symbols.approx);
    expect(() => symbolFor("layer:nope", layers)).toThrow('no map layer "nope"');
  });
});
