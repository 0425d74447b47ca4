/**
 * Rasterisers such as librsvg (behind sharp) do not resolve CSS custom properties, so an SVG
 * styled with var(--x) would print black. This writes the values in: each `--name: value`
 * declared outside @media blocks (the light scheme) replaces `var(--name)` and
 * `var(--name, fallback)`; @media blocks are dropped. Unknown variables take their fallback.
 */
export function flattenCssVariables(svg: string): string {
  return svg.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${flattenCss(css)}</style>`);
}

/** Removes @media blocks (with nested braces) from a stylesheet. */
function dropMedia(css: string): string {
  let out = "";
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf("@media", i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    let j = css.indexOf("{", at);
    if (j < 0) break;
    let depth = 1;
    j += 1;
    while (j < css.length && depth > 0) {
      if (css[j] === "{") depth += 1;
      else if (css[j] === "}") depth -= 1;
      j += 1;
    }
    i = j;
  }
  return out;
}

export function flattenCss(css: string): string {
  const base = dropMedia(css);
  const vars = new Map<string, string>();
  for (const m of base.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    if (!vars.has(m[1]!)) vars.set(m[1]!, m[2]!.trim());
  }
  const resolve = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(
          /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
          (_, name: string, fb?: string) => resolve(vars.get(name) ?? fb?.trim() ?? "", depth + 1),
        );
  return resolve(base.replace(/(--[\w-]+)\s*:\s*[^;}]+;?/g, ""));
}
