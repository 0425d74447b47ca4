import { budgets } from "../tests/unit/quality/budgets.ts";
import { applied, network, type LighthouseRun, type Profile } from "./lighthouse.ts";
import type { MapBytes } from "./mapLoadBytes.ts";

/**
 * The figures the README promises (issue 13). Lighthouse scores and TBT/CLS are on the mobile
 * preset; the LCP ratio (story ÷ its floor page, bench/floorPage.ts) on the mobile and slow
 * networks with applied throttling (the simulated ratio is reported beside it). A French edition at /fr/ is held to the same targets and must be no slower than /.
 */
export const targets = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 50,
  cls: 0.005,
  /** Story LCP ÷ floor-page LCP, on each profile that measures the floor. */
  lcpRatio: 1.2,
  /** The story's HTML, gzipped (-9). */
  documentGzip: 40 * 1024,
  /** /fr/ LCP ÷ / LCP: "no slower", with 5 % for run-to-run noise of the simulated LCP. */
  editionLcpRatio: 1.05,
  firstLoadJsGzip: budgets.firstLoadJs,
  firstLoadTotalGzip: budgets.firstLoadTotal,
};

/** One page measured: the story, its floor, the French edition, other pages or the baseline. */
export interface TargetResult {
  name: string;
  url: string;
  /** What it is: the checks depend on it. */
  role: "story" | "floor" | "edition" | "page" | "baseline";
  lighthouse: Partial<Record<Profile, { median: LighthouseRun; runs: LighthouseRun[] }>>;
  /** The HTML document as built, gzipped at level 9 (what the bench's server sends). */
  documentGzip?: number;
  /** First-load JavaScript from the build (entries + static imports + inline), gzipped. */
  firstLoadJsGzip?: number;
  map?: MapBytes;
}

/** One target checked: pass or fail, with the figure and the goal in words. */
export interface Check {
  page: string;
  what: string;
  value: string;
  goal: string;
  pass: boolean;
  /** A figure reported beside the targets, not a target: neither pass nor FAIL. */
  info?: boolean;
}

const kb = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "–" : `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "–" : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`;

/** Every target, for the story and the French edition when it was measured. */
export function checkTargets(results: TargetResult[]): Check[] {
  const t = targets;
  const checks: Check[] = [];
  const story = results.find((r) => r.role === "story");
  const floor = results.find((r) => r.role === "floor");
  for (const r of results.filter((r) => r.role === "story" || r.role === "edition")) {
    const add = (what: string, value: string, goal: string, pass: boolean, info = false) =>
      checks.push({ page: r.name, what, value, goal, pass, ...(info ? { info } : {}) });
    const m = r.lighthouse.mobile?.median;
    if (m) {
      add(
        "Performance (mobile)",
        String(m.scores.performance),
        `≥ ${t.performance}`,
        m.scores.performance >= t.performance,
      );
      add(
        "Accessibility (mobile)",
        String(m.scores.accessibility),
        `${t.accessibility}`,
        m.scores.accessibility >= t.accessibility,
      );
      add(
        "Best Practices (mobile)",
        String(m.scores.bestPractices),
        `${t.bestPractices}`,
        m.scores.bestPractices >= t.bestPractices,
      );
      add("SEO (mobile)", String(m.scores.seo), `${t.seo}`, m.scores.seo >= t.seo);
      add("TBT (mobile)", ms(m.tbt), `≤ ${t.tbtMs} ms`, m.tbt <= t.tbtMs);
      add("CLS (mobile)", m.cls.toFixed(3), `≤ ${t.cls}`, m.cls <= t.cls);
    }
    for (const profile of Object.keys(r.lighthouse) as Profile[]) {
      const own = r.lighthouse[profile]?.median;
      const base = floor?.lighthouse[profile]?.median;
      const how = applied(profile) ? "applied" : "simulated";
      if (own && base && r.role === "story") {
        // The target is on applied throttling, where the document streams as on a phone. Lantern
        // (simulated) paints nothing before the whole document has arrived, so there the ratio
        // says how much the document outweighs the floor's; it is reported, not held to 1.2.
        const ratio = own.lcp / base.lcp;
        add(
          `LCP ÷ floor (${network(profile)}, ${how})`,
          `${ratio.toFixed(2)} (${ms(own.lcp)} ÷ ${ms(base.lcp)})`,
          applied(profile) ? `≤ ${t.lcpRatio}` : "reported (Lantern waits for the whole document)",
          ratio <= t.lcpRatio,
          !applied(profile),
        );
      }
      const main = story?.lighthouse[profile]?.median;
      if (own && main && r.role === "edition") {
        // Held, like the floor ratio, on the applied runs: under Lantern an edition whose prose is
        // longer (French runs about 10 % longer than English) is slower by its extra bytes alone,
        // though its first screen paints as soon. The simulated ratio is reported.
        const ratio = own.lcp / main.lcp;
        add(
          `LCP ÷ / (${network(profile)}, ${how})`,
          `${ratio.toFixed(2)} (${ms(own.lcp)} ÷ ${ms(main.lcp)})`,
          applied(profile) ? `≤ ${t.editionLcpRatio} (no slower than /)` : "reported",
          ratio <= t.editionLcpRatio,
          !applied(profile),
        );
      }
    }
    if (r.documentGzip !== undefined) {
      add(
        "HTML document (gzip)",
        kb(r.documentGzip),
        `≤ ${kb(t.documentGzip)}`,
        r.documentGzip <= t.documentGzip,
      );
    }
    if (m) {
      const total = m.transfer.total ?? 0;
      add(
        "First load, total (gz)",
        kb(total),
        `≤ ${kb(t.firstLoadTotalGzip)}`,
        total <= t.firstLoadTotalGzip,
      );
    }
    if (r.firstLoadJsGzip !== undefined) {
      add(
        "First-load JS in the build (gz)",
        kb(r.firstLoadJsGzip),
        `≤ ${kb(t.firstLoadJsGzip)}`,
        r.firstLoadJsGzip <= t.firstLoadJsGzip,
      );
    }
  }
  return checks;
}

interface Row {
  label: string;
  value: (m: LighthouseRun, r: TargetResult) => string;
}

const ROWS: Row[] = [
  { label: "Performance", value: (m) => String(m.scores.performance) },
  { label: "Accessibility", value: (m) => String(m.scores.accessibility) },
  { label: "Best Practices", value: (m) => String(m.scores.bestPractices) },
  { label: "SEO", value: (m) => String(m.scores.seo) },
  { label: "FCP", value: (m) => ms(m.fcp) },
  { label: "LCP", value: (m) => ms(m.lcp) },
  { label: "TBT", value: (m) => ms(m.tbt) },
  { label: "CLS", value: (m) => m.cls.toFixed(3) },
  { label: "First load, total (gz)", value: (m) => kb(m.transfer.total) },
  { label: "· document", value: (m) => kb(m.transfer.document) },
  { label: "· script", value: (m) => kb(m.transfer.script) },
  { label: "· stylesheet", value: (m) => kb(m.transfer.stylesheet) },
  { label: "· image", value: (m) => kb(m.transfer.image) },
  { label: "JS executed at first load (decoded)", value: (m) => kb(m.jsExecutedBytes) },
  { label: "HTML document in the build (gz -9)", value: (_, r) => kb(r.documentGzip) },
  { label: "First-load JS in the build (gz)", value: (_, r) => kb(r.firstLoadJsGzip) },
  { label: "Map code once loaded (gz)", value: (_, r) => (r.map ? kb(r.map.code.sent) : "–") },
  { label: "Map data once loaded (gz)", value: (_, r) => (r.map ? kb(r.map.data.sent) : "–") },
];

/** A Markdown table (one column per page and profile), the targets passed or missed, and why. */
export function formatReport(results: TargetResult[], checks: Check[]): string {
  const columns = results.flatMap((r) =>
    (Object.keys(r.lighthouse) as Profile[]).map((p) => ({ r, p, m: r.lighthouse[p]!.median })),
  );
  const header = ["", ...columns.map(({ r, p }) => `${r.name} ${p}`)];
  const lines = [header, header.map(() => "---")];
  for (const row of ROWS) lines.push([row.label, ...columns.map(({ r, m }) => row.value(m, r))]);
  const out = [table(lines), "", "Medians of the runs; bytes as sent (gzip).", ""];

  out.push(table([["Page", "Target", "Median", "Goal", ""], ["---"], ...checks.map(checkRow)]), "");

  for (const { r, p, m } of columns) {
    const c = m.causes;
    if (!c || r.role === "baseline" || r.role === "floor") continue;
    const parts: string[] = [];
    if (c.lcpElement) parts.push(`LCP element ${c.lcpElement}`);
    if (c.layoutShifts.length)
      parts.push(`shifts ${c.layoutShifts.map((s) => `${s.element} (${s.score.toFixed(3)})`).join(", ")}`);
    if (c.longTasks.length)
      parts.push(
        `long tasks ${c.longTasks.map((t) => `${t.ms} ms ${t.url.replace(/^https?:\/\/[^/]+/, "")}`).join(", ")}`,
      );
    out.push(`- ${r.name} ${p}: ${parts.join("; ")}`);
  }
  for (const r of results) {
    if (r.map && !r.map.loaded)
      out.push(`${r.name}: no live map canvas appeared (map bytes are what loaded anyway)`);
  }
  return out.join("\n");
}

function checkRow(c: Check): string[] {
  return [c.page, c.what, c.value, c.goal, c.info ? "" : c.pass ? "pass" : "FAIL"];
}

/** Pads the cells of a Markdown table into columns (a row ["---"] is the header rule). */
function table(lines: string[][]): string {
  const n = Math.max(...lines.map((l) => l.length));
  const widths = Array.from({ length: n }, (_, i) =>
    Math.max(3, ...lines.map((l) => (l[0] === "---" ? 3 : (l[i] ?? "").length))),
  );
  return lines
    .map((l) =>
      l[0] === "---" && l.length <= n
        ? `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`
        : `| ${widths.map((w, i) => (l[i] ?? "").padEnd(w)).join(" | ")} |`,
    )
    .join("\n");
}
