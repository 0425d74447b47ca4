import { budgets } from "../tests/unit/quality/budgets.ts";
import type { LighthouseRun, Preset } from "./lighthouse.ts";
import type { MapBytes } from "./mapLoadBytes.ts";

/** The figures the README promises (mobile preset for the Lighthouse ones). */
export const targets = {
  mobile: {
    performance: 95,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1500,
    tbtMs: 100,
    cls: 0.01,
  },
  firstLoadJsGzip: budgets.firstLoadJs,
  firstLoadTotalGzip: budgets.firstLoadTotal,
};

/** One thing measured: a page of the site, or the baseline. */
export interface TargetResult {
  name: string;
  url: string;
  lighthouse: Record<Preset, { median: LighthouseRun; runs: LighthouseRun[] }>;
  /** First-load JavaScript from the build (entries + static imports + inline), gzipped. */
  firstLoadJsGzip?: number;
  map?: MapBytes;
}

const kb = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "–" : `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

interface Row {
  label: string;
  value: (m: LighthouseRun, r: TargetResult) => string;
  /** For the mobile column: whether the figure meets its target. */
  ok?: (m: LighthouseRun, r: TargetResult) => boolean;
  target?: string;
}

const t = targets.mobile;
const ROWS: Row[] = [
  {
    label: "Performance",
    value: (m) => String(m.scores.performance),
    ok: (m) => m.scores.performance >= t.performance,
    target: `≥ ${t.performance}`,
  },
  {
    label: "Accessibility",
    value: (m) => String(m.scores.accessibility),
    ok: (m) => m.scores.accessibility >= t.accessibility,
    target: `${t.accessibility}`,
  },
  {
    label: "Best Practices",
    value: (m) => String(m.scores.bestPractices),
    ok: (m) => m.scores.bestPractices >= t.bestPractices,
    target: `${t.bestPractices}`,
  },
  { label: "SEO", value: (m) => String(m.scores.seo), ok: (m) => m.scores.seo >= t.seo, target: `${t.seo}` },
  { label: "LCP", value: (m) => ms(m.lcp), ok: (m) => m.lcp <= t.lcpMs, target: `≤ ${ms(t.lcpMs)}` },
  { label: "TBT", value: (m) => ms(m.tbt), ok: (m) => m.tbt <= t.tbtMs, target: `≤ ${ms(t.tbtMs)}` },
  { label: "CLS", value: (m) => m.cls.toFixed(3), ok: (m) => m.cls <= t.cls, target: `≤ ${t.cls}` },
  {
    label: "First load, total (gz)",
    value: (m) => kb(m.transfer.total),
    ok: (m) => (m.transfer.total ?? 0) <= targets.firstLoadTotalGzip,
    target: `≤ ${kb(targets.firstLoadTotalGzip)}`,
  },
  { label: "· document", value: (m) => kb(m.transfer.document) },
  {
    label: "· script",
    value: (m) => kb(m.transfer.script),
    ok: (m) => (m.transfer.script ?? 0) <= targets.firstLoadJsGzip,
    target: `≤ ${kb(targets.firstLoadJsGzip)}`,
  },
  { label: "· stylesheet", value: (m) => kb(m.transfer.stylesheet) },
  { label: "· image", value: (m) => kb(m.transfer.image) },
  { label: "· font", value: (m) => kb(m.transfer.font) },
  { label: "· other (fetch, worker…)", value: (m) => kb(m.transfer.other) },
  { label: "JS executed at first load (decoded)", value: (m) => kb(m.jsExecutedBytes) },
  {
    label: "First-load JS in the build (gz)",
    value: (_, r) => kb(r.firstLoadJsGzip),
    ok: (_, r) => r.firstLoadJsGzip === undefined || r.firstLoadJsGzip <= targets.firstLoadJsGzip,
    target: `≤ ${kb(targets.firstLoadJsGzip)}`,
  },
  { label: "Map code once loaded (gz)", value: (_, r) => (r.map ? kb(r.map.code.sent) : "–") },
  { label: "Map data once loaded (gz)", value: (_, r) => (r.map ? kb(r.map.data.sent) : "–") },
];

/** A Markdown table (one column per page and preset), the ratios to the baseline, and what cost points. */
export function formatReport(results: TargetResult[]): string {
  const columns = results.flatMap((r) => (["mobile", "desktop"] as const).map((p) => ({ r, p })));
  const header = ["", ...columns.map(({ r, p }) => `${r.name} ${p}`), "target (mobile)"];
  const lines = [header, header.map(() => "---")];
  for (const row of ROWS) {
    lines.push([
      row.label,
      ...columns.map(({ r, p }) => {
        const m = r.lighthouse[p].median;
        const v = row.value(m, r);
        const miss = p === "mobile" && !r.name.startsWith("baseline") && row.ok && !row.ok(m, r);
        return miss ? `${v} ✗` : v;
      }),
      row.target ?? "",
    ]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const table = lines
    .map(
      (l, k) =>
        `| ${l.map((c, i) => (k === 1 ? "-".repeat(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`,
    )
    .join("\n");

  const out = [table, "", "✗ = misses the target. Medians of the runs; bytes as sent (gzip).", ""];
  const story = results.find((r) => r.name === "/");
  const base = results.find((r) => r.name.startsWith("baseline"));
  if (story && base) {
    out.push("Story vs the storytelling-template baseline (story ÷ baseline; below 1 is better):", "");
    for (const p of ["mobile", "desktop"] as const) {
      const s = story.lighthouse[p].median;
      const b = base.lighthouse[p].median;
      out.push(
        `- ${p}: LCP ${ratio(s.lcp, b.lcp)} (${ms(s.lcp)} vs ${ms(b.lcp)}), TBT ${ratio(s.tbt, b.tbt)} ` +
          `(${ms(s.tbt)} vs ${ms(b.tbt)}), first-load bytes ${ratio(s.transfer.total ?? 0, b.transfer.total ?? 0)} ` +
          `(${kb(s.transfer.total)} vs ${kb(b.transfer.total)})`,
      );
    }
    out.push("");
  }
  for (const r of results) {
    const failing = r.lighthouse.mobile.median.failing;
    if (failing.length) out.push(`${r.name}, mobile, audits that cost points: ${failing.join("; ")}`);
    if (r.map && !r.map.loaded)
      out.push(`${r.name}: no live map canvas appeared (map bytes are what loaded anyway)`);
  }
  return out.join("\n");
}
