/**
 * Starts presentation mode from a [data-present] button or from `?present` in the address.
 * The presentation code loads only then, so readers who never present never download it.
 */
async function start(button: HTMLElement | null): Promise<void> {
  const source = button ?? document.querySelector<HTMLElement>("[data-present]");
  const strings = JSON.parse(source?.dataset.strings ?? "{}") as Record<string, string>;
  const { Presentation } = await import("./present-mode");
  const startId = decodeURIComponent(window.location.hash.slice(1)) || undefined;
  new Presentation(strings).open(startId);
}

for (const button of document.querySelectorAll<HTMLElement>("[data-present]")) {
  button.hidden = false;
  button.addEventListener("click", () => void start(button));
}
if (new URLSearchParams(window.location.search).has("present")) void start(null);
