import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadYearlyColumn } from "../../../src/data/yearlyTable";

describe("loadYearlyColumn()", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "yearly-"));
    mkdirSync(path.join(dir, "data"));
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (text: string) => writeFileSync(path.join(dir, "data", "series.csv"), text);
  const cols = { file: "series.csv", year: "yr", value: "twh" };

  it("reads one value per year from the named columns and ignores the others", () => {
    write("yr,twh,other,ver\n2000,1.5,x,v1\n2001,0,y,v2\n");
    expect(loadYearlyColumn({ ...cols, version: "ver" })).toEqual([
      { year: 2000, value: 1.5, version: "v1" },
      { year: 2001, value: 0, version: "v2" },
    ]);
    expect(loadYearlyColumn(cols)[0]!.version).toBeNull();
  });

  it("stops on a missing column, naming the file and the column", () => {
    write("yr,gwh\n2000,1\n");
    expect(() => loadYearlyColumn(cols)).toThrow(
      /series\.csv, line 1, field "twh": column missing from the header/,
    );
  });

  it("stops on a blank value: blank is not zero", () => {
    write("yr,twh\n2000,1\n2001,\n");
    expect(() => loadYearlyColumn(cols)).toThrow(/series\.csv, line 3, field "twh"/);
  });

  it("stops on a year given twice", () => {
    write("yr,twh\n2000,1\n2000,2\n");
    expect(() => loadYearlyColumn(cols)).toThrow(/line 3, field "yr": year given twice \(value: 2000\)/);
  });
});
