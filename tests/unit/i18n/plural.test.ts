import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { flattenPlurals, pluralTemplate, stringEntries } from "../../../src/i18n/plural";
import { loadStrings, translate } from "../../../src/i18n/strings";
import { chartString } from "../../../src/charts/chartString";
import { mapText } from "../../../src/map/mapStrings";

const en = flattenPlurals({
  killed: { one: "{n} civilian killed", other: "{n} civilians killed" },
  plain: "{n} wounded",
});
const fr = flattenPlurals({
  killed: { one: "{n} civil tué", other: "{n} civils tués" },
  plain: "{n} blessés",
});

describe("plural forms of interface strings", () => {
  it.each([
    [1, "1 civilian killed"],
    [2, "2 civilians killed"],
    [0, "0 civilians killed"],
  ])("English: %i takes its form (%s)", (count, out) => {
    expect(translate(en, "killed", { n: count, count }, "en")).toBe(out);
  });

  it.each([
    [0, "0 civil tué"],
    [1, "1 civil tué"],
    [2, "2 civils tués"],
  ])("French: %i takes its form (%s), 0 counting as one", (count, out) => {
    expect(translate(fr, "killed", { n: count, count }, "fr")).toBe(out);
  });

  it("chooses the same form in charts and maps as in pages", () => {
    expect(chartString(fr, "killed", { n: 1, count: 1 }, "fr")).toBe("1 civil tué");
    expect(mapText(fr, "killed", { n: "1", count: 1 }, "fr")).toBe("1 civil tué");
  });

  it("takes the other form when the file gives none for the locale's category", () => {
    // Arabic selects "two" for 2; a file with only one/other falls back to other.
    expect(pluralTemplate(en, "killed", 2, "ar")).toBe("{n} civilians killed");
  });

  it("keeps a plain string for every count", () => {
    expect(translate(fr, "plain", { n: 1, count: 1 }, "fr")).toBe("1 blessés");
  });

  it("stops on a string with plural forms given no count or no locale, naming the key", () => {
    expect(() => translate(en, "killed", { n: 1 }, "en")).toThrow(
      /"killed" has plural forms: it needs a count/,
    );
    expect(() => translate(en, "killed", { n: 1, count: 1 })).toThrow(/"killed" has plural forms/);
  });

  it("hands the browser a key with its forms", () => {
    expect(stringEntries(en, "killed").map(([k]) => k)).toEqual(["killed", "killed#one", "killed#other"]);
    expect(stringEntries(en, "plain")).toEqual([["plain", "{n} wounded"]]);
  });
});

describe("plural forms in a strings file", () => {
  afterEach(() => {
    delete process.env.CONTENT_DIR;
  });

  function withFr(edit: (fr: Record<string, unknown>) => void) {
    const dir = mkdtempSync(path.join(tmpdir(), "plural-"));
    mkdirSync(path.join(dir, "i18n"));
    writeFileSync(path.join(dir, "story.json"), readFileSync("content/story.json", "utf8"));
    const enFile = JSON.parse(readFileSync("content/i18n/en.json", "utf8")) as Record<string, unknown>;
    writeFileSync(path.join(dir, "i18n", "en.json"), JSON.stringify(enFile));
    const frFile = JSON.parse(readFileSync("content/i18n/fr.json", "utf8")) as Record<string, unknown>;
    edit(frFile);
    writeFileSync(path.join(dir, "i18n", "fr.json"), JSON.stringify(frFile));
    process.env.CONTENT_DIR = dir;
  }

  it("stops on forms without 'other', naming the file and the key", () => {
    withFr((f) => (f["map.civiliansKilled"] = { one: "{n} civil tué" }));
    expect(() => loadStrings("fr")).toThrow(/i18n\/fr\.json, field "map\.civiliansKilled/);
  });

  it("stops on a category CLDR does not have", () => {
    withFr(
      (f) => (f["map.civiliansKilled"] = { one: "{n} civil tué", several: "x", other: "{n} civils tués" }),
    );
    expect(() => loadStrings("fr")).toThrow(/i18n\/fr\.json, field "map\.civiliansKilled/);
  });
});
