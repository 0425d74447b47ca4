/**
 * Starts presentation mode from a [data-present] button or from `?present` in the address
 * (`?present=N#step` opens slide N of that step; `&presenter` opens the presenter window, with
 * the speaker notes). The presentation code loads only then, so readers who never present never
 * download it.
 */
async function start(button: HTMLElement | null): Promise<void> {
  const source = button ?? document.querySelector<HTMLElement>("[data-present]");
  const strings = JSON.parse(source?.dataset.strings ?? "{}") as Record<string, string>;
  const notes = JSON.parse(source?.dataset.notes ?? "{}") as Record<
    string,
    { questions: string[]; note?: string }
  >;
  const { Presentation } = await import("./present-mode");
  const params = new URLSearchParams(window.location.search);
  const startId = decodeURIComponent(window.location.hash.slice(1)) || undefined;
  const number = button ? null : Number.parseInt(params.get("present") ?? "", 10);
  new Presentation(strings, notes, !button && params.has("presenter")).open(
    startId,
    Number.isNaN(number) ? null : number,
  );
}

for (const button of document.querySelectorAll<HTMLElement>("[data-present]")) {
  button.hidden = false;
  button.addEventListener("click", () => void start(button));
}
if (new URLSearchParams(window.location.search).has("present")) void start(null);
