import { z } from "astro/zod";

/** Colours a layer may use: tokens of the palette (src/map/style.ts), light and dark. */
export const markColours = ["vermillion", "blue", "orange", "purple", "ink"] as const;
export type MarkColour = (typeof markColours)[number];

/** The fields every kind of layer declares in content/map.json, and the kinds' common field types. */
export const layerId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "layer id must be lowercase words joined by hyphens" });
export const ref = z.string().min(1);
export const colour = z.enum(markColours);
/** Who the layer's data comes from, listed in the legend's credits. */
export const credit = z.string().min(1);
