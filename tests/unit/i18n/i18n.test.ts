import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatNumber, formatPartialDate } from "../../../src/i18n/format";
import { loadStrings, translate } from "../../../src/i18n/strings";

describe("formatting with Intl", () => {
  it.each([
    ["en", "2023-09-28", "September 28, 2023"],
    ["en-GB", "2023-09-28", "28 September 2023"],
    ["fr", "2023-07-26", "26 juillet 2023"],
  ])("formats a date in %s", (locale, iso, out) => expect(formatDate(iso, locale)).toBe(out));

  it("never shifts a date by the time zone", () => {
    expect(formatDate("2024-01-01", "en")).toBe("January 1, 2024");
  });

  it.each([
    ["en", 1346, "1,346"],
    ["fr", 1346, "1\u202f346"],
  ])("formats a number in %s", (locale, n, out) => expect(formatNumber(n, locale)).toBe(out));

  it("formats a month", () => expect(formatMonth("2023-07", "en")).toBe("July 2023"));

  // Issue #12: sources printed their ISO date, "(2026-01-06)", on French pages too.
  it.each([
    ["en", "2026-01-06", "January 6, 2026"],
    ["fr", "2026-01-06", "6 janvier 2026"],
    ["en", "2026-01", "January 2026"],
    ["fr", "2026-01", "janvier 2026"],
  ])("formats a source's date in %s at its precision: %s", (locale, iso, out) =>
    expect(formatPartialDate(iso, locale)).toBe(out),
  );

  it("refuses a date that is neither a day nor a month", () => {
    expect(() => formatPartialDate("2026", "fr")).toThrow(
      /not a day \(YYYY-MM-DD\) or a month \(YYYY-MM\): "2026"/,
    );
  });
});

describe("interface strings", () => {
  afterEach(() => {
    delete process.env.CONTENT_DIR;
  });

  it("fills placeholders", () => {
    expect(translate(loadStrings("en"), "readingTime", { minutes: 7 })).toBe("7 min read");
  });

  it("fails on an unknown key or a missing placeholder", () => {
    const en = loadStrings("en");
    expect(() => translate(en, "nope")).toThrow('content/i18n: no string "nope"');
    expect(() => translate(en, "readingTime")).toThrow('string "readingTime" needs a value for {minutes}');
  });

  it("rejects a translation with a missing key, naming the file and the key", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "i18n-"));
    mkdirSync(path.join(dir, "i18n"));
    const en = JSON.parse(readFileSync("content/i18n/en.json", "utf8")) as Record<string, string>;
    writeFileSync(path.join(dir, "i18n", "en.json"), JSON.stringify(en));
    const fr = { ...en };
    delete fr.contents;
    writeFileSync(path.join(dir, "i18n", "fr.json"), JSON.stringify(fr));
    process.env.CONTENT_DIR = dir;
    expect(() => loadStrings("fr")).toThrow(/i18n\/fr\.json, field "contents": .*\(value: \(missing\)\)/);
  });
});
