/**
 * The charts a step may show, by id, with the states each can be in. A step writes
 * `chart: { id: monthly-deaths, state: since-2022 }`; the schema rejects unknown ids and states.
 */
export const chartStates = {
  /** Conflict deaths in Niger by month and type of violence (UCDP via VIEWS). */
  "monthly-deaths": ["all", "since-2022", "before-after"],
  /** Deaths from organised violence per year since 1989 (UCDP via OWID). */
  "yearly-deaths": ["all"],
  /** Kandadji: how twelve soldiers died, and the army's unverified claim. */
  "kandadji-toll": ["deaths", "claim"],
  /** The deadliest attacks on Niger's army since the coup. */
  "deadliest-attacks": ["all"],
  /** French and US troops in Niger, as reported. */
  "foreign-troops": ["france", "us", "both"],
  /** From coup to confederation: the timeline. */
  timeline: ["coup", "attacks", "withdrawals", "alliance", "all"],
} as const satisfies Record<string, readonly string[]>;
export type ChartId = keyof typeof chartStates;
export const chartIds = Object.keys(chartStates) as ChartId[];
