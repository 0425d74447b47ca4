import sharp from "sharp";

/** Open Graph / Twitter card size. */
export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/** Height of the caption band at the foot of a card. */
const CAPTION_HEIGHT = 44;

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * A social card image (PNG, 1200×630) made at build time from a step's static SVG: the graphic
 * centred on the page colour, with an optional caption band at the foot (how current the facts
 * are). The card's title and description travel as text in the meta tags.
 */
export async function socialImage(svg: string, background = "#fbfaf7", caption?: string): Promise<Buffer> {
  const room = caption ? SOCIAL_HEIGHT - CAPTION_HEIGHT : SOCIAL_HEIGHT;
  const graphic = await sharp(Buffer.from(svg), { density: 144 })
    .resize({ height: room, width: SOCIAL_WIDTH, fit: "inside" })
    .png()
    .toBuffer();
  const { width = 0, height = 0 } = await sharp(graphic).metadata();
  return sharp({ create: { width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, channels: 3, background } })
    .composite([
      {
        input: graphic,
        left: Math.round((SOCIAL_WIDTH - width) / 2),
        top: Math.round((room - height) / 2),
      },
      ...(caption
        ? [
            {
              input: Buffer.from(
                `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${CAPTION_HEIGHT}">` +
                  `<rect width="100%" height="100%" fill="#1f1d1a"/>` +
                  `<text x="24" y="29" font-family="sans-serif" font-size="22" fill="#fbfaf7">${escapeXml(caption)}</text></svg>`,
              ),
              left: 0,
              top: SOCIAL_HEIGHT - CAPTION_HEIGHT,
            },
          ]
        : []),
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
