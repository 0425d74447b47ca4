/**
 * How a step's text becomes slides (presentation mode). Pure: the caller says whether some text
 * fits one slide at a type size, and how a piece of text can be cut (a paragraph into sentences);
 * these functions decide the pieces and the size. Tested with fake measurements in
 * tests/unit/client/slideFit.test.ts; src/client/present-mode.ts measures in the browser.
 */

export interface Cutter<U> {
  /** Whether these units, in this order, fit on one slide. */
  fits(units: U[]): boolean;
  /** The unit cut into smaller ones (a paragraph into its sentences), or [unit] if it cannot be. */
  split(unit: U): U[];
}

/**
 * Packs units onto as few slides as possible, in reading order, each slide filled before the
 * next starts. A unit is cut only when it does not fit a slide on its own (a paragraph that
 * would fit the next slide whole moves there whole); its pieces then go on filling the current
 * slide. A unit that can be cut no further gets a slide of its own (the size search then
 * shrinks it).
 */
export function packSlides<U>(units: U[], cutter: Cutter<U>): U[][] {
  const slides: U[][] = [];
  const queue = [...units];
  let current: U[] = [];
  while (queue.length > 0) {
    const unit = queue.shift()!;
    if (cutter.fits([...current, unit])) {
      current.push(unit);
      continue;
    }
    const pieces = cutter.fits([unit]) ? [unit] : cutter.split(unit);
    if (pieces.length > 1) {
      queue.unshift(...pieces);
    } else if (current.length > 0) {
      slides.push(current);
      current = [];
      queue.unshift(unit);
    } else {
      current.push(unit);
    }
  }
  if (current.length > 0) slides.push(current);
  return slides;
}

/**
 * The type sizes to try, largest first: from `max` down to `min` in steps of `step` pixels,
 * always ending on `min` exactly.
 */
export function sizesBetween(max: number, min: number, step = 2): number[] {
  const sizes: number[] = [];
  for (let s = Math.floor(max); s > min; s -= step) sizes.push(s);
  sizes.push(min);
  return sizes;
}

/**
 * The largest size whose packing needs no more slides than the smallest size does: type as
 * large as the screen allows, without adding a slide. `sizes` go from largest to smallest.
 */
export function chooseSize<S>(sizes: number[], packAt: (size: number) => S[]): { size: number; slides: S[] } {
  const first = packAt(sizes[0]!);
  if (first.length <= 1 || sizes.length === 1) return { size: sizes[0]!, slides: first };
  const smallest = sizes.at(-1)!;
  const fewest = packAt(smallest);
  for (const size of sizes.slice(0, -1)) {
    const slides = size === sizes[0] ? first : packAt(size);
    if (slides.length <= fewest.length) return { size, slides };
  }
  return { size: smallest, slides: fewest };
}

/** Type sizes for a screen: the preferred (largest) and the smallest allowed, in CSS pixels. */
export function typeSizes(width: number, height: number): { max: number; min: number } {
  // A projector or a classroom screen: never below 24 px, readable from the back of the room,
  // and more on a large screen (32 px at 1080 px high), where 24 px would look lost. A phone or
  // a small window is not a projector: there 16 px is the floor.
  const projector = width >= 960 && height >= 600;
  const max = Math.min(0.042 * height, 0.027 * width, 48);
  const min = projector ? Math.min(Math.max(24, 0.03 * height), max) : 16;
  return { max: Math.max(min, max), min };
}

/**
 * The slide an address names: the first slide of the step in the hash, or, when the slide
 * number (1-based) belongs to that step, that very slide, so a reload keeps the part of a long
 * step. Without a step in the hash, the slide number alone; else the first slide.
 */
export function slideFromAddress(
  slideSteps: readonly string[],
  number: number | null,
  stepId: string | null,
): number {
  const byNumber = number !== null && number >= 1 && number <= slideSteps.length ? number - 1 : null;
  if (stepId && slideSteps.includes(stepId)) {
    if (byNumber !== null && slideSteps[byNumber] === stepId) return byNumber;
    return slideSteps.indexOf(stepId);
  }
  return byNumber ?? 0;
}
