/**
 * Reading the `_headers` file (Netlify and Cloudflare Pages format) and Content Security Policies,
 * to say which headers and policies a page is actually served with.
 */

export interface HeaderRule {
  /** URL pattern; `*` matches any run of characters (including `/`). */
  pattern: string;
  headers: { name: string; value: string }[];
  /** Cloudflare's `! Name` lines: headers set by earlier rules that this rule removes. */
  detach: string[];
}

/** Parses a `_headers` file: a URL pattern on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers, line ${i + 1}: a header before any URL pattern`);
    const body = line.trim();
    if (body.startsWith("!")) {
      rule.detach.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(":");
    if (colon < 1)
      throw new Error(`_headers, line ${i + 1}: expected "Name: value" (value: ${JSON.stringify(body)})`);
    rule.headers.push({
      name: body.slice(0, colon).trim().toLowerCase(),
      value: body.slice(colon + 1).trim(),
    });
  });
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/]+"))
      .join(".*")}$`,
  );
  return re.test(urlPath);
}

/**
 * The headers a URL is served with. Every matching rule applies, in file order; when two rules
 * set the same header both values are sent (the hosts join them), so both policies apply, unless
 * a later rule detaches the earlier value with `! Name`.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, urlPath)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const { name, value } of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** A Content Security Policy as directive → sources (`'self'`, `'sha256-…'`, `*`). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * Who may frame a page, given all the policies it is served with (header and `<meta>`; a
 * `<meta>` cannot set frame-ancestors, so only headers count). Every policy must allow a
 * framing, so `*` holds only if no policy restricts it.
 */
export function frameAncestors(policies: string[]): string[][] {
  return policies
    .map((p) => parseCsp(p).get("frame-ancestors"))
    .filter((s): s is string[] => s !== undefined);
}
