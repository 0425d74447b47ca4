import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromeArgs, chromePath } from "../tests/e2e/browser.ts";

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("lighthouse/package.json")), "cli/index.js");

/**
 * How a page is loaded. Two networks, each measured two ways:
 * - mobile: Lighthouse's mobile preset (Moto G Power screen, 150 ms RTT, 1.6 Mbps, 4× CPU slowdown);
 * - slow: the same phone on a poor link (400 ms RTT, 400 kbps down, 4× CPU slowdown);
 * - simulated (`mobile`, `slow`): Lighthouse's Lantern model, one fast load then a model of it on the
 *   slower network and CPU. Steady on a busy machine, and what the Performance score is computed
 *   from; but it treats the HTML document as one block that must arrive whole before anything is
 *   parsed or painted, so every byte of the story after its first screen counts against the LCP;
 * - applied (`mobile-applied`, `slow-applied`): Chromium's own network and CPU throttling during a
 *   real load (Lighthouse's devtools method, with its conversion of round trips to request latency,
 *   ×3.75, and of throughput, ×0.9). The document streams in as it would on the phone: the parser
 *   and the first paint use its first bytes without waiting for the rest. Noisier;
 * - desktop: Lighthouse's desktop preset.
 */
export type Profile = "mobile" | "slow" | "mobile-applied" | "slow-applied" | "desktop";

/** Lighthouse CLI flags of each profile. */
export const profileFlags: Record<Profile, string[]> = {
  mobile: ["--throttling-method=simulate"],
  slow: [
    "--throttling-method=simulate",
    "--throttling.rttMs=400",
    "--throttling.throughputKbps=400",
    "--throttling.cpuSlowdownMultiplier=4",
  ],
  "mobile-applied": ["--throttling-method=devtools"],
  "slow-applied": [
    "--throttling-method=devtools",
    "--throttling.requestLatencyMs=1500",
    "--throttling.downloadThroughputKbps=360",
    "--throttling.uploadThroughputKbps=360",
    "--throttling.cpuSlowdownMultiplier=4",
  ],
  desktop: ["--throttling-method=simulate", "--preset=desktop"],
};

/** The network a profile stands for, whichever way it is throttled. */
export const network = (profile: Profile): string => profile.replace(/-applied$/, "");

/** Whether a profile's throttling is applied during the load (streams the document) or simulated. */
export const applied = (profile: Profile): boolean => profile.endsWith("-applied");

/** What one Lighthouse run says about a page. Bytes are as sent (gzipped by the server). */
export interface LighthouseRun {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** First Contentful Paint, ms. */
  fcp: number;
  /** Bytes transferred during the load, by resource type (document, script, stylesheet, image, font, other, total). */
  transfer: Record<string, number>;
  /** JavaScript run during the load: decoded (uncompressed) bytes of the scripts. */
  jsExecutedBytes: number;
  /** Audits that cost points (score < 1 with weight in a category), as "category: audit id". */
  failing: string[];
  /** Why: the LCP element, what shifted (CSS selector and score) and the longest main-thread tasks. */
  causes?: {
    lcpElement?: string;
    layoutShifts: { element: string; score: number }[];
    longTasks: { url: string; ms: number }[];
    /** Main-thread time by kind of work (style & layout, script evaluation …), ms. */
    mainThread: Record<string, number>;
  };
}

interface Lhr {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Record<string, unknown>[]; type?: string };
    }
  >;
}

/**
 * Runs the Lighthouse CLI once on `url` in Debian's Chromium, headless and off the network (the
 * flags of tests/e2e/browser.ts), with one of the profiles above. A fresh
 * browser per run: no cache or storage carries over.
 */
export async function runLighthouse(url: string, profile: Profile): Promise<LighthouseRun> {
  const dir = await mkdtemp(path.join(tmpdir(), "lighthouse-"));
  const out = path.join(dir, "report.json");
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--skip-audits=full-page-screenshot,screenshot-thumbnails,final-screenshot",
    "--max-wait-for-load=60000",
    `--chrome-flags=${[...chromeArgs, "--headless"].join(" ")}`,
    ...profileFlags[profile],
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`)),
      );
    });
    return summarize(JSON.parse(await readFile(out, "utf8")) as Lhr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function summarize(lhr: Lhr): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const transfer: Record<string, number> = {};
  for (const item of lhr.audits["resource-summary"]?.details?.items ?? []) {
    transfer[String(item.resourceType)] = Number(item.transferSize);
  }
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const jsExecutedBytes = requests
    .filter((r) => r.resourceType === "Script" && Number(r.statusCode) < 400)
    .reduce((n, r) => n + Number(r.resourceSize ?? 0), 0);
  const failing: string[] = [];
  for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(`${category}: ${ref.id}`);
      }
    }
  }
  return {
    causes: causes(lhr),
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
    },
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    fcp: value("first-contentful-paint"),
    transfer,
    jsExecutedBytes,
    failing,
  };
}

/** A node in an audit's details: its CSS selector (or the label Lighthouse gives it). */
function nodeName(node: unknown): string {
  const n = node as { selector?: string; nodeLabel?: string } | undefined;
  return n?.selector ?? n?.nodeLabel ?? "?";
}

function causes(lhr: Lhr): NonNullable<LighthouseRun["causes"]> {
  const items = (id: string) => lhr.audits[id]?.details?.items ?? [];
  // largest-contentful-paint-element holds a table of one node, then the LCP phases.
  const lcpTable = items("largest-contentful-paint-element")[0] as
    { items?: { node?: unknown }[] } | undefined;
  const mainThread: Record<string, number> = {};
  for (const item of items("mainthread-work-breakdown")) {
    mainThread[String(item.groupLabel ?? item.group)] = Math.round(Number(item.duration));
  }
  return {
    lcpElement: lcpTable?.items?.[0]?.node ? nodeName(lcpTable.items[0].node) : undefined,
    layoutShifts: items("layout-shifts").map((item) => ({
      element: nodeName(item.node),
      score: Number(item.score ?? 0),
    })),
    longTasks: items("long-tasks")
      .slice(0, 6)
      .map((item) => ({ url: String(item.url), ms: Math.round(Number(item.duration)) })),
    mainThread,
  };
}

/**
 * The median of each figure over several runs (scores, timings and bytes alike). The causes are
 * those of the run whose TBT is the median.
 */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  const pick = (f: (r: LighthouseRun) => number) => med(runs.map(f));
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.transfer)))];
  return {
    scores: {
      performance: pick((r) => r.scores.performance),
      accessibility: pick((r) => r.scores.accessibility),
      bestPractices: pick((r) => r.scores.bestPractices),
      seo: pick((r) => r.scores.seo),
    },
    lcp: pick((r) => r.lcp),
    tbt: pick((r) => r.tbt),
    cls: pick((r) => r.cls),
    fcp: pick((r) => r.fcp),
    transfer: Object.fromEntries(types.map((t) => [t, pick((r) => r.transfer[t] ?? 0)])),
    jsExecutedBytes: pick((r) => r.jsExecutedBytes),
    // What cost points in any run, most frequent first.
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    causes: [...runs].sort((a, b) => a.tbt - b.tbt)[Math.floor((runs.length - 1) / 2)]?.causes,
  };
}
