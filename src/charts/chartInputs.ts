import type { ChartId } from "./registry";

/**
 * The data each chart draws, already read from content/data and validated. Plain JSON: the same
 * object feeds the build-time SVG and is embedded in the page for the live chart.
 */

/** One month of conflict deaths; null = not recorded in the source (blank, not zero). */
export interface MonthPoint {
  /** YYYY-MM. */
  month: string;
  /** State-based conflict deaths. */
  sb: number | null;
  /** One-sided violence (deliberate killing of civilians). */
  os: number | null;
  /** Non-state conflict deaths (not recorded before 2018 in this source). */
  ns: number | null;
  /** The source flags the month as possibly preliminary (UCDP Candidate data). */
  preliminary: boolean;
}

export interface MonthlyDeathsInput {
  months: MonthPoint[];
  /** Date of the coup (timeline.json), YYYY-MM-DD. */
  coupDate: string;
}

export interface YearlyDeathsInput {
  years: { year: number; deaths: number }[];
  /** Year of the coup, to mark its bar. */
  coupYear: number;
  /** Dataset version, for the source line. */
  version: string;
}

export interface KandadjiTollInput {
  /** Timeline event id, for the source link. */
  eventId: string;
  date: string;
  /** Soldiers killed (official). */
  total: number;
  /** The breakdown of the toll, in the order of the data; `key` is a slug of the part's name. */
  parts: { key: string; value: number }[];
  /** Attackers killed, as claimed by the army (unverified). */
  claim: { value: number; approx: boolean };
  /** Outlets that reported the toll. */
  publishers: string[];
}

export interface AttackRow {
  id: string;
  date: string;
  name: string;
  region: string;
  /** Soldiers killed, official figure. */
  soldiers: number;
  /** The official figure is a minimum ("at least"). */
  atLeast: boolean;
  /** Breakdown of the soldiers killed, when the sources give one (slug keys). */
  parts: { key: string; value: number }[] | null;
  wounded: number | null;
  /** Attackers killed as claimed by the army: text, never a verified number. */
  claimed: string | null;
  sources: string[];
}

export interface DeadliestAttacksInput {
  attacks: AttackRow[];
}

export interface TroopPoint {
  date: string;
  troops: number;
  /** The source says "about" (or "roughly", "some"). */
  approx: boolean;
  qualifier: string;
  location: string;
  source: string;
  url: string;
}

export type ForceKey = "france" | "us";

export interface ForeignTroopsInput {
  series: { force: ForceKey; points: TroopPoint[] }[];
}

export interface TimelineInput {
  events: { id: string; date: string; category: string; title: string }[];
}

export interface ChartInputs {
  "monthly-deaths": MonthlyDeathsInput;
  "yearly-deaths": YearlyDeathsInput;
  "kandadji-toll": KandadjiTollInput;
  "deadliest-attacks": DeadliestAttacksInput;
  "foreign-troops": ForeignTroopsInput;
  timeline: TimelineInput;
}

export type ChartInput<K extends ChartId = ChartId> = ChartInputs[K];
