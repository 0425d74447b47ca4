import type { Padding } from "./applyStep";

/** Below this width the graphic sits behind the text and step cards scroll over it (Chapter.astro). */
export const NARROW_MAX_WIDTH = 960;

/** Extra room between the legend and the frame, for the labels of points at the frame's edge. */
export const LABEL_ROOM = 20;

/** Share of a narrow screen's height kept free for the step card being read (no card measured). */
export const CARD_SHARE = 0.4;

/**
 * Where a step card's top is while its step is read, as shares of the screen height: anywhere
 * between 30 % and 70 % of the screen.
 */
export const READING_RANGE = [0.3, 0.7] as const;

/** A band of the map across its whole width, from `top` to `bottom` (map pixels). */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * On phones, the band of the map that nothing covers while a step is read, wherever its card's
 * top is in the reading range: below the legend and the bottom of the card before (which comes
 * lowest when this card's top is at 70 %), above this card's top at its highest (30 %), and on
 * screen (after a chapter's last, short card the graphic scrolls up before the card reaches
 * 30 %). Every length is measured in the page at one scroll position, in viewport pixels except
 * `legendBottom` (map pixels).
 */
export function readingBand(m: {
  /** The screen's height. */
  screen: number;
  /** The map's top while its graphic is stuck (the graphic's sticky `top` and the map's offset). */
  mapTopStuck: number;
  /** The bottom of the graphic while it is stuck. */
  graphicBottomStuck: number;
  /** The bottom edge of the legend over the top of the map (map pixels), 0 if none. */
  legendBottom: number;
  card: { top: number };
  /** The card before this one in the chapter, if any. */
  previousCard: { bottom: number } | null;
  /** The bottom of the graphic's scroll container (the chapter's story), where it stops sticking. */
  storyBottom: number;
}): Band {
  const [first, last] = READING_RANGE;
  const cardAtFirst = first * m.screen;
  // With the card's top at 30 %, the story's bottom is this far down the screen; above the
  // graphic's bottom, it has pushed the graphic (and the map) up by the difference.
  const storyBottomAtFirst = cardAtFirst + (m.storyBottom - m.card.top);
  const pushedUp = Math.max(0, m.graphicBottomStuck - storyBottomAtFirst);
  const previousBottom = m.previousCard
    ? last * m.screen - (m.card.top - m.previousCard.bottom) - m.mapTopStuck
    : 0;
  return {
    top: Math.round(Math.max(m.legendBottom, previousBottom, pushedUp - m.mapTopStuck)),
    bottom: Math.round(cardAtFirst - m.mapTopStuck),
  };
}

/** On phones, the least height left to the frame, however little room the card and legend leave. */
const MIN_NARROW_FRAME = 64;

/** Room on phones between the frame and the legend or card: half a label beside its point, and a gap. */
const NARROW_ROOM = LABEL_ROOM + 8;

export type MapPaddingOptions =
  | {
      width: number;
      height: number;
      narrow: false;
      /** Height of the legend box over the bottom of the map, 0 if none. */
      legendHeight: number;
    }
  | {
      width: number;
      height: number;
      narrow: true;
      /** The bottom edge of the legend box over the top of the map (map pixels), 0 if none. */
      legendBottom: number;
      /**
       * The band of the map no step card covers while its step is read (readingBand; its top
       * takes in the legend), or null where no card lies over the map (an embed).
       */
      band: Band | null;
    };

/**
 * The padding the camera leaves around a step's frame, in CSS pixels. The legend (measured) sits
 * over the map, so the frame stays clear of it. On narrow screens the step cards scroll over the
 * map from the bottom: the frame is kept in the band that no card covers while the step is read
 * (readingBand), with room for the labels of points at its edges. It does not move while the card
 * does: nothing of it is ever under a card.
 */
export function mapPadding(opts: MapPaddingOptions): Padding {
  const { width, height } = opts;
  const edge = Math.round(Math.min(48, Math.max(20, Math.min(width, height) * 0.06)));
  if (opts.narrow) {
    const { band } = opts;
    const covered = band ? band.top : opts.legendBottom;
    const p = {
      top: covered ? covered + NARROW_ROOM : edge,
      right: edge,
      bottom: band ? Math.round(height - band.bottom + NARROW_ROOM) : Math.round(height * CARD_SHARE),
      left: edge,
    };
    return keepRoom(p, width, height, width / 3, band ? MIN_NARROW_FRAME : height / 3);
  }
  // Labels stand up to two lines above or below their point: more room on the legend's side.
  const bottom = opts.legendHeight ? opts.legendHeight + edge + LABEL_ROOM : edge;
  return keepRoom({ top: edge, right: edge, bottom, left: edge }, width, height, width / 3, height / 3);
}

/** Shrinks the padding (in proportion) where it would leave the frame less than minW × minH. */
function keepRoom(p: Padding, width: number, height: number, minW: number, minH: number): Padding {
  if (width - p.left - p.right < minW) {
    const k = Math.max(0, width - minW) / (p.left + p.right);
    p.left = Math.floor(p.left * k);
    p.right = Math.floor(p.right * k);
  }
  if (height - p.top - p.bottom < minH) {
    const k = Math.max(0, height - minH) / (p.top + p.bottom);
    p.top = Math.floor(p.top * k);
    p.bottom = Math.floor(p.bottom * k);
  }
  return p;
}
