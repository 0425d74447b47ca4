import { describe, expect, it } from "vitest";
import { sourceTitleKind } from "../../../src/story/sourceTitle";

describe("sourceTitleKind()", () => {
  it.each([
    ["page text", "headline"],
    ["reconstructed from URL slug / excerpt (verify exact headline)", "fromAddress"],
    ["not captured (descriptive label, not the original headline)", "label"],
    ["descriptive label (headline not seen)", "label"],
    ["", "label"],
  ] as const)("reads %j as %s", (titleFrom, kind) => {
    expect(sourceTitleKind(titleFrom)).toBe(kind);
  });
});
