/**
 * The map layers a step may turn on, by id. Each id is drawn by the static map
 * (src/map/staticMap.ts) and by the live map; the legend label comes from the locale strings.
 */
export const layerIds = [
  /** Outlines and names of Niger's eight regions (Natural Earth). */
  "regions",
  /** The Niger river (Natural Earth). */
  "river",
  /** Attacks on Niger's army, 2023–2024 (attacks.csv), sized by soldiers killed. */
  "attacks",
  /** French bases and troop figures (bases.csv). */
  "french-bases",
  /** US bases and troop figures (bases.csv). */
  "us-bases",
  /** The French withdrawal, Niamey → N'Djamena (schematic; timeline.json). */
  "french-withdrawal",
  /** Mali, Burkina Faso and Niger: the Liptako-Gourma Charter / AES (timeline.json → aes). */
  "pact",
  /** The Mali–Burkina Faso–Niger tripoint, heart of the Liptako-Gourma area (places.csv). */
  "tri-border",
  /** UCDP GED events in Niger, 2015–2024, sized by deaths (niger_ucdp_ged_events.csv). */
  "conflict-events",
] as const;
export type LayerId = (typeof layerIds)[number];
