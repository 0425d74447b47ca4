import sharp from "sharp";

/** Open Graph / Twitter card size. */
export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/**
 * A social card image (PNG, 1200×630) made at build time from a step's static SVG: the graphic
 * centred on the page colour. The card's title and description travel as text in the meta tags.
 */
export async function socialImage(svg: string, background = "#fbfaf7"): Promise<Buffer> {
  const graphic = await sharp(Buffer.from(svg), { density: 144 })
    .resize({ height: SOCIAL_HEIGHT, width: SOCIAL_WIDTH, fit: "inside" })
    .png()
    .toBuffer();
  const { width = 0, height = 0 } = await sharp(graphic).metadata();
  return sharp({ create: { width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, channels: 3, background } })
    .composite([
      {
        input: graphic,
        left: Math.round((SOCIAL_WIDTH - width) / 2),
        top: Math.round((SOCIAL_HEIGHT - height) / 2),
      },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
