import type { Mark } from "./marks";

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Where a mark's tooltip points when the chart did not say. */
function tipAnchor(m: Mark): { x: number; y: number } {
  if (m.tipAt) return m.tipAt;
  switch (m.type) {
    case "rect":
      return { x: m.x + m.width / 2, y: m.y };
    case "circle":
      return { x: m.cx, y: m.cy - m.r };
    case "text":
      return { x: m.x, y: m.y - 12 };
    case "path":
      return { x: 0, y: 0 };
  }
}

function common(m: Mark): string {
  const cls = m.off ? `${m.cls} is-off` : m.cls;
  let s = ` data-key="${escapeXml(m.key)}" class="${escapeXml(cls)}"`;
  if (m.tip) {
    const { x, y } = tipAnchor(m);
    s += ` data-tip="${escapeXml(m.tip)}" data-tx="${x}" data-ty="${y}"`;
  }
  return s;
}

/** SVG markup of a list of marks, in order (later marks draw on top). */
export function renderMarks(marks: readonly Mark[]): string {
  return marks
    .map((m) => {
      switch (m.type) {
        case "rect":
          return `<rect${common(m)} x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}"/>`;
        case "circle":
          return `<circle${common(m)} cx="${m.cx}" cy="${m.cy}" r="${m.r}"/>`;
        case "path":
          return `<path${common(m)} d="${m.d}"/>`;
        case "text": {
          const lh = m.lineHeight ?? 16;
          const body =
            m.lines.length === 1
              ? escapeXml(m.lines[0]!)
              : m.lines
                  .map((l, i) => `<tspan x="0"${i ? ` dy="${lh}"` : ""}>${escapeXml(l)}</tspan>`)
                  .join("");
          const anchor = m.anchor === "start" ? "" : ` text-anchor="${m.anchor}"`;
          return `<text${common(m)} transform="translate(${m.x},${m.y})"${anchor}>${body}</text>`;
        }
      }
    })
    .join("");
}
