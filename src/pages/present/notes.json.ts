import type { APIRoute } from "astro";
import { loadChapters } from "../../story/loadStory";
import { presentNotes } from "../../story/presentNotes";

// The speaker notes of presentation mode, fetched when it starts (src/client/present-launcher.ts).
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await presentNotes(await loadChapters())), {
    headers: { "Content-Type": "application/json" },
  });
