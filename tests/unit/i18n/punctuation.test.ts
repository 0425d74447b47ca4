import { describe, expect, it } from "vitest";
import { labelled, semicolonList } from "../../../src/i18n/punctuation";
import { loadStrings } from "../../../src/i18n/strings";

describe("punctuation of an edition", () => {
  it("joins a label and its text with the edition's colon", () => {
    expect(labelled(loadStrings("en"), "Region", "Tillabéri")).toBe("Region: Tillabéri");
    expect(labelled(loadStrings("fr"), "Région", "Tillabéri")).toBe("Région\u00a0: Tillabéri");
  });

  it("joins a list with the edition's semicolon: none before it in English, a narrow no-break space in French", () => {
    expect(semicolonList(loadStrings("en"), ["a", "b", "c"])).toBe("a; b; c");
    expect(semicolonList(loadStrings("fr"), ["a", "b"])).toBe("a\u202f; b");
  });

  it("stops on a strings file without the punctuation, naming the key", () => {
    expect(() => semicolonList({}, ["a", "b"])).toThrow('no string "punctuation.semicolon"');
  });
});
