import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameAncestors, headersFor, parseCsp, parseHeadersFile } from "./securityHeaders.ts";

describe("parseHeadersFile() and headersFor()", () => {
  const rules = parseHeadersFile(`
# comment
/*
  Content-Security-Policy: frame-ancestors 'self'
  X-Frame-Options: SAMEORIGIN

/embed/*
  ! Content-Security-Policy
  ! X-Frame-Options
  Content-Security-Policy: frame-ancestors *
`);

  it("applies every matching rule in order, and `! Name` removes what an earlier rule set", () => {
    expect(headersFor(rules, "/").get("content-security-policy")).toEqual(["frame-ancestors 'self'"]);
    expect(headersFor(rules, "/embed/kandadji/").get("content-security-policy")).toEqual([
      "frame-ancestors *",
    ]);
    expect(headersFor(rules, "/embed/kandadji/").has("x-frame-options")).toBe(false);
  });

  it("keeps both values when two rules set the same header: both policies apply", () => {
    const both = parseHeadersFile(
      "/*\n  Content-Security-Policy: frame-ancestors 'self'\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n",
    );
    const policies = headersFor(both, "/embed/x/").get("content-security-policy")!;
    // An embed under these rules could not be framed by another site: 'self' still applies.
    expect(frameAncestors(policies)).toEqual([["'self'"], ["*"]]);
  });

  it("rejects a header line without a colon, naming the line", () => {
    expect(() => parseHeadersFile("/*\n  X-Frame-Options SAMEORIGIN\n")).toThrow(
      '_headers, line 2: expected "Name: value"',
    );
  });

  it("reads the project's public/_headers", () => {
    const real = parseHeadersFile(readFileSync("public/_headers", "utf8"));
    expect(frameAncestors(headersFor(real, "/").get("content-security-policy")!)).toContainEqual(["'self'"]);
  });
});

describe("parseCsp()", () => {
  it("reads directives and their sources; the first of a repeated directive wins, as in browsers", () => {
    const csp = parseCsp("default-src 'self'; script-src 'self' 'sha256-abc='; script-src *;");
    expect(csp.get("script-src")).toEqual(["'self'", "'sha256-abc='"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });
});
