import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/data/parseCsv";

describe("parseCsv()", () => {
  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    const { columns, rows } = parseCsv('id,note\na,"one, two"\nb,"say ""hi"""\nc,"line\nbreak"\n', "t.csv");
    expect(columns).toEqual(["id", "note"]);
    expect(rows.map((r) => r.values.note)).toEqual(["one, two", 'say "hi"', "line\nbreak"]);
  });

  it("gives each row the line it starts on, counting line breaks inside quotes", () => {
    const { rows } = parseCsv('id,note\na,"x\ny"\nb,z\n', "t.csv");
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("keeps blank cells as empty strings (blank is not zero)", () => {
    expect(parseCsv("a,b\n1,\n", "t.csv").rows[0]!.values).toEqual({ a: "1", b: "" });
  });

  it("accepts CRLF line ends and a byte-order mark", () => {
    const { columns, rows } = parseCsv("\ufeffa,b\r\n1,2\r\n", "t.csv");
    expect(columns).toEqual(["a", "b"]);
    expect(rows[0]!.values).toEqual({ a: "1", b: "2" });
  });

  it.each([
    [
      "a row with too many cells",
      "a,b\n1,2,3\n",
      "t.csv, line 2: expected 2 cells (as in the header), found 3",
    ],
    ["a row with too few cells", "a,b\n1\n", "t.csv, line 2: expected 2 cells (as in the header), found 1"],
    ["an unclosed quote", 'a,b\n1,"oops\n', "t.csv, line 2: unclosed quote"],
    ["a duplicate column", "a,a\n1,2\n", 't.csv, line 1, field "a": duplicate column'],
    ["an empty file", "", "t.csv: the file is empty (no header line)"],
  ])("rejects %s, naming the file and line", (_, text, message) => {
    expect(() => parseCsv(text, "t.csv")).toThrow(message);
  });
});
