import { iframeSnippet, imageSnippet, loaderSnippet } from "../embed/embedSnippet";
import { readStep, stepAlt, stepSelector } from "./stepDom";
import { fileStemFor } from "../embed/embedIds";

/**
 * <embed-dialog> holds the page's embed dialog. Buttons with `data-embed-open` open it for the
 * graphic of the step active in their chapter (or the embed id they carry): the responsive
 * snippet, a plain iframe, a static image with credit, and the downloads.
 */
export class EmbedDialog extends HTMLElement {
  private dialog: HTMLDialogElement | null = null;
  private opener: HTMLElement | null = null;
  private readonly onClick = (e: Event) => {
    const button = (e.target as Element).closest<HTMLElement>("[data-embed-open]");
    if (button) this.open(button);
  };

  connectedCallback(): void {
    this.dialog = this.querySelector("dialog");
    this.hidden = false;
    document.addEventListener("click", this.onClick);
    for (const b of document.querySelectorAll<HTMLElement>("[data-embed-open]")) b.hidden = false;
    this.dialog?.addEventListener("click", (e) => {
      const target = e.target as HTMLElement;
      if (target.closest("[data-close]")) this.dialog!.close();
      const copy = target.closest<HTMLElement>("[data-copy]")?.dataset.copy;
      if (copy) void this.copy(copy);
    });
    this.dialog?.addEventListener("close", () => this.opener?.focus());
  }

  disconnectedCallback(): void {
    document.removeEventListener("click", this.onClick);
  }

  private open(button: HTMLElement): void {
    const story = button.closest<HTMLElement>("scrolly-story");
    const stepId = story?.dataset.activeStep;
    const el = stepId ? story!.querySelector<HTMLElement>(stepSelector(stepId)) : null;
    const step = el ? readStep(el) : null;
    const id = button.dataset.embedId ?? step?.embed;
    if (!id || !this.dialog) return;
    const site = this.dataset.site!;
    const state = step?.chartState;
    const page = new URL(`embed/${id}/${state ? `?state=${encodeURIComponent(state)}` : ""}`, site).href;
    const stem = fileStemFor(id, this.dataset.projectSlug ?? "");
    const file = (ext: string) => new URL(`downloads/${stem}.${ext}`, site).href;
    const title = step?.embedTitle ?? document.title;
    const alt = (el && stepAlt(el)) || title;
    const input = {
      url: page,
      loaderUrl: new URL("embed/loader.js", site).href,
      title,
      height: id.startsWith("map-") ? 800 : 720,
    };
    const credit = (this.dataset.credit ?? "")
      .replace("{source}", title)
      .replace("{project}", this.dataset.project ?? "");
    const snippets: Record<string, string> = {
      loader: loaderSnippet({ ...input, id }),
      iframe: iframeSnippet(input),
      image: imageSnippet({ pngUrl: file("png"), alt, credit, link: page }),
    };
    for (const [key, text] of Object.entries(snippets)) {
      const area = this.dialog.querySelector<HTMLTextAreaElement>(`[data-snippet="${key}"]`);
      if (area) area.value = text;
      const status = this.dialog.querySelector(`[data-status="${key}"]`);
      if (status) status.textContent = "";
    }
    const isChart = id.startsWith("chart-");
    for (const link of this.dialog.querySelectorAll<HTMLAnchorElement>("[data-download]")) {
      const ext = link.dataset.download!;
      const available = ext === "png" || isChart;
      link.parentElement!.hidden = !available;
      if (available) link.href = file(ext);
    }
    this.dialog.querySelector<HTMLAnchorElement>("[data-open]")!.href = page;
    this.dialog.querySelector("[data-name]")!.textContent = title;
    this.dialog.dataset.embed = id;
    this.opener = button;
    this.dialog.showModal();
  }

  private async copy(key: string): Promise<void> {
    const area = this.dialog?.querySelector<HTMLTextAreaElement>(`[data-snippet="${key}"]`);
    const status = this.dialog?.querySelector(`[data-status="${key}"]`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      // Without clipboard access, select the text so the reader can copy it.
      area.select();
      return;
    }
    if (status) status.textContent = this.dataset.copied ?? "";
  }
}

if (!customElements.get("embed-dialog")) customElements.define("embed-dialog", EmbedDialog);
