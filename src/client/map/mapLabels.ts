import type { Basemap } from "../../map/basemap";
import type { MapStep } from "../../map/mapStep";
import { layoutMapLabels, type AreaLabelInput, type PointLabelInput } from "../../map/labelLayout";
import type { Rect } from "../../map/placeLabels";
import type { GLMapLike } from "./glMap";

interface LabelState {
  el: HTMLElement;
  /** Where the label is anchored now: its first point or one of its alternatives. */
  lngLat: [number, number];
  anchors: [number, number][];
  dx: number;
  dy: number;
  placed: boolean;
}

interface AreaLabel {
  id: string;
  kind: "country" | "region";
  lngLat: [number, number];
  el: HTMLElement;
}

/**
 * The live map's labels, drawn as text in the page (crisp at every zoom, no glyph server): the
 * step's labels (places, points, routes) and the basemap's country and region names. They are
 * laid out for the settled camera (layoutMapLabels) and follow their points while it moves.
 */
export class MapLabels {
  private labels = new Map<string, LabelState>();
  private areas: AreaLabel[] = [];

  constructor(
    private readonly layer: HTMLElement,
    private readonly map: GLMapLike,
    private readonly container: HTMLElement,
    basemap: Basemap,
  ) {
    for (const f of basemap.features) {
      const k = f.properties.kind;
      if (
        (k !== "country-label" && k !== "region-label") ||
        f.geometry.type !== "Point" ||
        !f.properties.name
      )
        continue;
      const el = document.createElement("div");
      const kind = k === "country-label" ? "country" : "region";
      el.className = `sm-area sm-area--${kind}`;
      el.textContent = f.properties.name;
      this.areas.push({
        id: `${k}-${f.properties.id ?? f.properties.name}`,
        kind,
        lngLat: f.geometry.coordinates as [number, number],
        el,
      });
    }
  }

  /** Puts the step's labels in the page, hidden until the camera settles (layout()). */
  show(step: MapStep, regionsShown: boolean): void {
    const nodes: HTMLElement[] = [];
    const next = new Map<string, LabelState>();
    for (const l of step.labels) {
      const el = document.createElement("div");
      el.className = `sm-label sm-label--${l.kind}`;
      el.dataset.id = l.id;
      const name = document.createElement("strong");
      name.textContent = l.text;
      el.append(name);
      for (const s of l.sub) {
        const span = document.createElement("span");
        span.textContent = s;
        el.append(span);
      }
      next.set(l.id, {
        el,
        lngLat: l.lngLat,
        anchors: [l.lngLat, ...(l.alts ?? [])],
        dx: 0,
        dy: 0,
        placed: false,
      });
      nodes.push(el);
    }
    for (const a of this.areas) {
      a.el.classList.remove("is-visible");
      if (a.kind === "region" && !regionsShown) continue;
      nodes.push(a.el);
    }
    this.labels = next;
    this.layer.replaceChildren(...nodes);
  }

  /**
   * Places every label for the settled camera, clear of `obstacles` (legend, buttons), point
   * labels inside `labelArea` (default: the map), and shows it.
   */
  layout(obstacles: HTMLElement[], labelArea?: Rect): void {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const points: PointLabelInput[] = [];
    for (const [id, l] of this.labels) {
      const [p, ...alts] = l.anchors.map((a) => this.map.project(a));
      delete l.el.dataset.short;
      const full = { w: l.el.offsetWidth, h: l.el.offsetHeight };
      let short;
      if (l.el.querySelector("span")) {
        // Its size with the name only (data-short hides the smaller lines).
        l.el.dataset.short = "";
        short = { w: l.el.offsetWidth, h: l.el.offsetHeight };
        delete l.el.dataset.short;
      }
      points.push({ id, x: p!.x, y: p!.y, ...full, alts, short });
    }
    const areas: (AreaLabelInput & { el: HTMLElement })[] = [];
    for (const a of this.areas) {
      if (!a.el.isConnected) continue;
      const p = this.map.project(a.lngLat);
      if (p.x < -200 || p.y < -50 || p.x > width + 200 || p.y > height + 50) {
        a.el.classList.remove("is-visible");
        continue;
      }
      areas.push({
        id: a.id,
        kind: a.kind,
        x: p.x,
        y: p.y,
        w: a.el.offsetWidth,
        h: a.el.offsetHeight,
        el: a.el,
      });
    }
    // Region names before country names: at the story's zooms they say more.
    areas.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "region" ? -1 : 1));
    const boxes = obstacles
      .filter((e) => !e.hidden && e.offsetWidth > 0)
      .map((e) => ({ x: e.offsetLeft, y: e.offsetTop, w: e.offsetWidth, h: e.offsetHeight }));
    const placed = layoutMapLabels(points, areas, { width, height, obstacles: boxes, labelArea });
    const byId = new Map(placed.map((p) => [p.id, p]));
    for (const pt of points) {
      const l = this.labels.get(pt.id)!;
      const at = byId.get(pt.id)!;
      const anchor = at.anchor === 0 ? pt : pt.alts![at.anchor - 1]!;
      l.lngLat = l.anchors[at.anchor]!;
      l.dx = at.x - anchor.x;
      l.dy = at.y - anchor.y;
      l.placed = true;
      l.el.style.transform = `translate(${at.x}px, ${at.y}px)`;
      l.el.dataset.side = at.side;
      if (at.short) l.el.dataset.short = "";
      l.el.classList.add("is-visible");
    }
    for (const a of areas) {
      const at = byId.get(a.id)!;
      a.el.style.transform = `translate(${at.x}px, ${at.y}px)`;
      a.el.classList.toggle("is-visible", at.visible);
    }
  }

  /** Labels follow their points while the camera moves; area names wait until it settles. */
  follow(): void {
    for (const l of this.labels.values()) {
      if (!l.placed) continue;
      const p = this.map.project(l.lngLat);
      l.el.style.transform = `translate(${p.x + l.dx}px, ${p.y + l.dy}px)`;
    }
  }

  clear(): void {
    this.layer.replaceChildren();
  }
}
