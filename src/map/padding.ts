import type { Padding } from "./applyStep";

/** Below this width the graphic sits behind the text and step cards scroll over it (Chapter.astro). */
export const NARROW_MAX_WIDTH = 960;

/** Extra room between the legend and the frame, for the labels of points at the frame's edge. */
export const LABEL_ROOM = 20;

/** Share of a narrow screen's height kept free for the step card being read. */
export const CARD_SHARE = 0.4;

/**
 * The padding the camera leaves around a step's frame, in CSS pixels. The legend (measured) sits
 * over the map, so the frame stays clear of it. On narrow screens the step cards scroll over the
 * map from the bottom: the frame is kept in the upper part, above where a card sits while it is
 * read (the lower 40 % of the screen).
 */
export function mapPadding(opts: {
  width: number;
  height: number;
  /** Height of the legend box over the top (narrow) or bottom (wide) of the map, 0 if none. */
  legendHeight: number;
  narrow: boolean;
}): Padding {
  const { width, height, legendHeight, narrow } = opts;
  const edge = Math.round(Math.min(48, Math.max(20, Math.min(width, height) * 0.06)));
  let p: Padding;
  // Labels stand up to two lines above or below their point: more room on the legend's side.
  const legendSide = legendHeight ? legendHeight + edge + LABEL_ROOM : edge;
  if (narrow) {
    p = { top: legendSide, right: edge, bottom: Math.round(height * CARD_SHARE), left: edge };
  } else {
    p = { top: edge, right: edge, bottom: legendSide, left: edge };
  }
  // Leave at least a third of each dimension for the frame, whatever the legend's size.
  const minW = width / 3;
  const minH = height / 3;
  if (width - p.left - p.right < minW) {
    const k = (width - minW) / (p.left + p.right);
    p.left = Math.floor(p.left * k);
    p.right = Math.floor(p.right * k);
  }
  if (height - p.top - p.bottom < minH) {
    const k = (height - minH) / (p.top + p.bottom);
    p.top = Math.floor(p.top * k);
    p.bottom = Math.floor(p.bottom * k);
  }
  return p;
}
