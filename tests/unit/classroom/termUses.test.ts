import { describe, expect, it } from "vitest";
import { checkTermMarks, termsInText, unknownTermError } from "../../../src/story/termUses";

const known = new Set(["jnim", "coup"]);
const ch1 = {
  file: "content/chapters/01-a.mdx",
  text: '---\ntitle: A\n---\nThe <Term id="coup">coup</Term> came.\n',
};
const ch2 = { file: "content/chapters/02-b.mdx", text: 'Then\n\n<Term id="jnim">JNIM</Term> attacked.' };

describe("termsInText()", () => {
  it("finds every <Term id> with its line in the file", () => {
    expect(termsInText(ch1.text)).toEqual([{ id: "coup", line: 4 }]);
    expect(termsInText(ch2.text)).toEqual([{ id: "jnim", line: 3 }]);
  });
});

describe("checkTermMarks()", () => {
  it("returns the first use of each term, in reading order", () => {
    expect(checkTermMarks([ch1, ch2], known)).toEqual(
      new Map([
        ["coup", { file: ch1.file, line: 4 }],
        ["jnim", { file: ch2.file, line: 3 }],
      ]),
    );
  });

  it("stops on an unknown term id, naming the file, the line and the id", () => {
    const bad = { file: "content/chapters/03-c.mdx", text: 'A <Term id="jnmi">JNIM</Term> raid.' };
    expect(() => checkTermMarks([ch1, bad], known)).toThrow(
      'content/chapters/03-c.mdx, line 1, field "<Term id>": unknown glossary term (no entry with this id in content/glossary.json) (value: "jnmi")',
    );
  });

  it("stops when a term is marked twice: only its first use is marked", () => {
    const again = { file: "content/chapters/03-c.mdx", text: 'More <Term id="coup">coups</Term>.' };
    expect(() => checkTermMarks([ch1, again], known)).toThrow(
      'content/chapters/03-c.mdx, line 1, field "<Term id>": term already marked at its first use (content/chapters/01-a.mdx, line 4)',
    );
  });
});

describe("unknownTermError()", () => {
  it("names every file and line where a component's unknown id is written", () => {
    const a = { file: "content/chapters/01-a.mdx", text: 'x <Term id="nope">n</Term>' };
    const b = { file: "content/teach.mdx", text: '\n\n<Term id="nope">n</Term>' };
    expect(unknownTermError("nope", [a, b]).message).toBe(
      'content/chapters/01-a.mdx, line 1, field "<Term id>": unknown glossary term (no entry with this id in content/glossary.json); also at content/teach.mdx:3 (value: "nope")',
    );
  });
});
