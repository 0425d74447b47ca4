import type { Feature, Point, Polygon } from "geojson";
import type { BuildLayerKind, DataOf } from "./layerKind";
import type { StoryData } from "../../data/storyData";
import type { MapContent } from "../mapLayers";
import type { AttackProps } from "../overlay";
import { DataError } from "../../data/DataError";
import { circlePolygon, pointFeature } from "../pointFeature";
import { uncertaintyKm } from "../uncertainty";
import { incidentsLive } from "./incidentsLive";

/** Incidents at build time: points and uncertainty rings of the incidents table, the unmapped ones and their notes. */
export const incidents: BuildLayerKind<"incidents"> = {
  live: incidentsLive,
  dataRoles: () => ["incidents"],
  stringParts: () => [],
  data: (_layer, { data, content }) => incidentsData(data, content),
};

function hostTitle(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function incidentsData(data: StoryData, content: MapContent): DataOf<"incidents"> {
  const points: Feature<Point, AttackProps>[] = [];
  const rings: Feature<Polygon, { id: string; km: number; date: string }>[] = [];
  const unmapped: AttackProps[] = [];
  for (const a of data.attacks) {
    const km = a.approximate ? uncertaintyKm(a.coord_confidence) : null;
    const props: AttackProps = {
      id: a.event_id,
      name: a.name,
      date: a.date,
      placeId: a.place_id,
      region: a.region,
      killed: a.soldiers_killed_official,
      wounded: a.wounded_official,
      civilians: a.civilians_killed_official,
      // As the data writes it, with who claims it ("(army claim)", "(government claim)"): the
      // strings around it add only that it is unverified.
      claim: a.attackers_killed_claimed ?? null,
      perpetrator: a.perpetrator,
      approximate: a.approximate,
      km,
      sources: a.sources.map((url) => ({ title: hostTitle(url), url })),
    };
    if (a.lat === null || a.lon === null) {
      unmapped.push(props);
      continue;
    }
    points.push(pointFeature(a.lon, a.lat, props));
    if (km)
      rings.push({
        type: "Feature",
        properties: { id: a.event_id, km, date: a.date },
        geometry: circlePolygon(a.lon, a.lat, km),
      });
  }
  const notes = content.unmapped.map((n, i) => {
    const loc = { file: "content/map.json", where: `unmapped[${i}]` };
    if (!data.attacks.some((a) => a.event_id === n.event))
      throw new DataError({ ...loc, field: "event", value: n.event }, "no incident with this event id");
    if (!data.placeById.has(n.anchor))
      throw new DataError(
        { ...loc, field: "anchor", value: n.anchor },
        "no place with this id in the places table",
      );
    // In another edition, its words for the note (data.json → unmapped, complete by schema).
    const text = data.unmappedWords ? data.unmappedWords[`${n.event}|${n.anchor}`]! : n.text;
    return { eventId: n.event, anchorPlaceId: n.anchor, text };
  });
  return {
    kind: "incidents",
    points: { type: "FeatureCollection", features: points },
    rings: { type: "FeatureCollection", features: rings },
    unmapped,
    notes,
  };
}
