import type { APIRoute } from "astro";
import { editionPaths, localeOfParam } from "../../../i18n/editions";
import { dialogEntries } from "../../../embed/dialogEntries";

// The finished snippets and downloads of the story's embed dialog, by step, one file per edition,
// fetched when the dialog first opens (src/client/embed-dialog.ts): in the story's HTML they would
// cost more than its size budget allows.
export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeOfParam(params.lang);
  return new Response(JSON.stringify(await dialogEntries(locale, site)), {
    headers: { "Content-Type": "application/json" },
  });
};
