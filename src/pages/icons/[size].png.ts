import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import sharp from "sharp";

// App icons for the web app manifest, drawn from public/favicon.svg at build time.
export const getStaticPaths = (() => [
  { params: { size: "192" } },
  { params: { size: "512" } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = readFileSync("public/favicon.svg");
  const png = await sharp(svg, { density: 72 * (size / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
