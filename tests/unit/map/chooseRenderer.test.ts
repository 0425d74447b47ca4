import { describe, expect, it } from "vitest";
import {
  chooseRenderer,
  detectWebgl,
  fallbackFor,
  DEFAULT_MAPBOX_STYLE,
} from "../../../src/map/chooseRenderer";

describe("chooseRenderer()", () => {
  it.each([
    ["no token, WebGL", {}, true, { kind: "maplibre" }],
    [
      "a token, WebGL",
      { PUBLIC_MAPBOX_TOKEN: "pk.abc" },
      true,
      { kind: "mapbox", token: "pk.abc", style: DEFAULT_MAPBOX_STYLE.light },
    ],
    [
      "a token and a style",
      { PUBLIC_MAPBOX_TOKEN: "pk.abc", PUBLIC_MAPBOX_STYLE: "mapbox://styles/me/x" },
      true,
      { kind: "mapbox", token: "pk.abc", style: "mapbox://styles/me/x" },
    ],
    ["a blank token", { PUBLIC_MAPBOX_TOKEN: "  " }, true, { kind: "maplibre" }],
    ["a secret token (never in a browser)", { PUBLIC_MAPBOX_TOKEN: "sk.secret" }, true, { kind: "maplibre" }],
    ["no WebGL, no token", {}, false, { kind: "static", reason: "no-webgl" }],
    ["no WebGL, a token", { PUBLIC_MAPBOX_TOKEN: "pk.abc" }, false, { kind: "static", reason: "no-webgl" }],
  ] as const)("with %s", (_, env, webgl, expected) => {
    expect(chooseRenderer(env, webgl)).toEqual(expected);
  });

  it("uses Mapbox's dark style in dark mode when none is set", () => {
    expect(chooseRenderer({ PUBLIC_MAPBOX_TOKEN: "pk.abc" }, true, "dark")).toMatchObject({
      style: DEFAULT_MAPBOX_STYLE.dark,
    });
  });
});

describe("fallbackFor()", () => {
  it("falls back from Mapbox to the offline MapLibre map", () => {
    expect(fallbackFor("mapbox")).toEqual({ kind: "maplibre" });
  });
  it("falls back from MapLibre to the static map, never to a blank box", () => {
    expect(fallbackFor("maplibre")).toEqual({ kind: "static", reason: "failed" });
  });
});

describe("detectWebgl()", () => {
  const doc = (context: unknown) =>
    ({
      createElement: () => ({ getContext: (type: string) => (type === "webgl2" ? context : null) }),
    }) as unknown as Document;

  it("is true when a WebGL 2 context can be made", () => {
    expect(detectWebgl(doc({ getExtension: () => null }))).toBe(true);
  });
  it("is false when WebGL is disabled", () => {
    expect(detectWebgl(doc(null))).toBe(false);
  });
  it("is false when asking for a context throws", () => {
    expect(
      detectWebgl({
        createElement: () => {
          throw new Error("blocked");
        },
      } as unknown as Document),
    ).toBe(false);
  });
});
