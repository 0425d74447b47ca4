import type { BuildLayerKind } from "./layerKind";
import type { TroopPoint } from "../overlay";
import { isApproximateFigure, troopWords } from "../../data/troops";
import { pointFeature } from "../pointFeature";
import { sitesLive } from "./sitesLive";

/** Sites at build time: the sites table's rows for the force, and its country-wide troop figures. */
export const sites: BuildLayerKind<"sites"> = {
  live: sitesLive,
  dataRoles: (layer) => ["sites", ...(layer.troops ? (["troops"] as const) : [])],
  stringParts: (layer) => ["short", "what", ...(layer.troops ? ["troops"] : [])],
  data: (layer, { data, eventOf, fail, sourcesOf }) => {
    if (!data.bases.some((b) => b.force === layer.force))
      fail("force", layer.force, "no row of the sites table has this force");
    const points = data.bases
      .filter((b) => b.force === layer.force)
      .map((b) => {
        const p = data.placeById.get(b.place_id)!;
        return pointFeature(p.lon, p.lat, {
          force: b.force,
          name: b.base,
          placeId: b.place_id,
          role: b.role,
          troops: b.troops_reported,
          leftBy: b.left_by,
          eventId: b.left_by_source_event_id,
          sources: sourcesOf(b.left_by_source_event_id),
        });
      });
    const since = layer.troops ? eventOf("troops.since", layer.troops.since).date : null;
    const where = layer.troops ? new RegExp(`^${escapeRegExp(layer.troops.location)}\\b`) : null;
    const troops: TroopPoint[] =
      since && where
        ? data.troops
            .filter((t) => t.force === layer.force && where.test(t.location) && t.date >= since)
            .map((t) => ({
              date: t.date,
              troops: t.troops,
              ...troopWords(t),
              approximate: isApproximateFigure(t.qualifier),
              source: { title: t.source, url: t.url },
            }))
        : [];
    return { kind: "sites", points: { type: "FeatureCollection", features: points }, troops };
  },
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
