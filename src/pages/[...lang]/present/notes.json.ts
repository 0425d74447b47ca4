import type { APIRoute } from "astro";
import { editionPaths, localeOfParam } from "../../../i18n/editions";
import { loadChapters } from "../../../story/loadStory";
import { presentNotes } from "../../../story/presentNotes";

// The speaker notes of presentation mode, one file per edition, fetched when it starts
// (src/client/present-launcher.ts).
export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeOfParam(params.lang);
  return new Response(JSON.stringify(await presentNotes(locale, await loadChapters(locale))), {
    headers: { "Content-Type": "application/json" },
  });
};
