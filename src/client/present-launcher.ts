import type { PresentNotes } from "../story/presentNotes";

/**
 * Starts presentation mode from a [data-present] button or from `?present` in the address
 * (`?present=N#step` opens slide N of that step; `&presenter` opens the presenter window, with
 * the speaker notes). The presentation code loads only then, so readers who never present never
 * download it.
 */
async function start(button: HTMLElement | null): Promise<void> {
  const source = button ?? document.querySelector<HTMLElement>("[data-present]");
  const strings = JSON.parse(source?.dataset.strings ?? "{}") as Record<string, string>;
  const [notes, { Presentation }] = await Promise.all([
    loadNotes(source?.dataset.notesSrc),
    import("./present-mode"),
  ]);
  const params = new URLSearchParams(window.location.search);
  const startId = decodeURIComponent(window.location.hash.slice(1)) || undefined;
  const number = button ? null : Number.parseInt(params.get("present") ?? "", 10);
  new Presentation(strings, notes, !button && params.has("presenter")).open(
    startId,
    Number.isNaN(number) ? null : number,
  );
}

/** The speaker notes (src/story/presentNotes.ts); the slides start without them if they fail. */
async function loadNotes(src: string | undefined): Promise<PresentNotes> {
  if (!src) return {};
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as PresentNotes) : {};
  } catch {
    return {};
  }
}

for (const button of document.querySelectorAll<HTMLElement>("[data-present]")) {
  button.hidden = false;
  button.addEventListener("click", () => void start(button));
}
if (new URLSearchParams(window.location.search).has("present")) void start(null);
