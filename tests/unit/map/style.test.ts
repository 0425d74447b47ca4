import { describe, expect, it } from "vitest";
import {
  baseIcon,
  basemapLayers,
  offlineStyle,
  palette,
  storyLayers,
  styleLayersOf,
  themePaint,
} from "../../../src/map/style";
import { fixtureLayers as declared } from "./layerFixtures";

// Fixture layers of every kind (not the story's): the style depends only on kinds and colours.
describe("the live map's style", () => {
  const layers = storyLayers(palette.light, declared);
  const ids = new Set(layers.map((l) => l.id));
  const of = styleLayersOf(declared);

  it("draws every declared layer with style layers that exist", () => {
    for (const { id } of declared) {
      expect(of[id]!.length).toBeGreaterThan(0);
      for (const l of of[id]!) expect(ids).toContain(l);
    }
  });

  it("starts with every declared layer hidden", () => {
    for (const { id } of declared)
      for (const l of of[id]!) expect(layers.find((x) => x.id === l)!.layout?.visibility).toBe("none");
  });

  // Nothing may be fetched from another origin: no glyphs, no sprite, no tile URLs.
  it("needs no glyphs, sprite or tiles", () => {
    const empty = { type: "FeatureCollection", features: [] };
    const style = offlineStyle(palette.light, { basemap: empty, places: empty }, "", declared);
    expect(style).not.toHaveProperty("glyphs");
    expect(style).not.toHaveProperty("sprite");
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:\/\//);
    for (const l of style.layers) expect(l.layout ?? {}).not.toHaveProperty("text-field");
  });

  it("switches every colour between light and dark", () => {
    const light = themePaint(palette.light, declared);
    const dark = themePaint(palette.dark, declared);
    expect(light.map(([l, p]) => `${l}.${p}`)).toEqual(dark.map(([l, p]) => `${l}.${p}`));
    expect(light.some(([l]) => l === "background")).toBe(true);
    expect(basemapLayers(palette.dark)[0]!.paint!["background-color"]).toBe(palette.dark.sea);
  });
});

describe("baseIcon()", () => {
  it("draws a filled square with a transparent corner margin", () => {
    const icon = baseIcon("square", "#0072b2", "#ffffff", 1);
    expect(icon.width).toBe(20);
    const at = (x: number, y: number) => Array.from(icon.data.slice((y * 20 + x) * 4, (y * 20 + x) * 4 + 4));
    expect(at(10, 10)).toEqual([0, 114, 178, 255]);
    expect(at(0, 0)[3]).toBe(0);
  });

  it("draws a diamond: its corners are empty, its centre filled", () => {
    const icon = baseIcon("diamond", "#b36b00", "#ffffff", 2);
    const size = icon.width;
    const alpha = (x: number, y: number) => icon.data[(y * size + x) * 4 + 3];
    expect(alpha(size / 2, size / 2)).toBe(255);
    expect(alpha(2, 2)).toBe(0);
  });
});
