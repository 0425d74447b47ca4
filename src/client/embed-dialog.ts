import type { DialogEntry } from "../embed/dialogEntries";

/**
 * <embed-dialog> holds the page's embed dialog. Buttons with `data-embed-open` open it for the
 * graphic of the step active in their chapter: the responsive snippet, a plain iframe, the oEmbed
 * address, a static image with credit, and the downloads. Every snippet and address is finished
 * at build time (src/embed/dialogEntries.ts) in one file per edition, fetched when the dialog first
 * opens: this code only shows and copies them.
 */
export class EmbedDialog extends HTMLElement {
  private dialog: HTMLDialogElement | null = null;
  private opener: HTMLElement | null = null;
  private entries: Promise<Record<string, DialogEntry>> | null = null;
  private readonly onClick = (e: Event) => {
    const button = (e.target as Element).closest<HTMLElement>("[data-embed-open]");
    if (button) void this.open(button);
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

  /** The entries of every step; fetched once, again after a failure. */
  private load(): Promise<Record<string, DialogEntry>> {
    if (!this.entries) {
      const src = this.dataset.entries!;
      const entries = fetch(src).then((r) => {
        if (!r.ok) throw new Error(`${src}: ${r.status}`);
        return r.json() as Promise<Record<string, DialogEntry>>;
      });
      entries.catch(() => {
        if (this.entries === entries) this.entries = null;
      });
      this.entries = entries;
    }
    return this.entries;
  }

  private async open(button: HTMLElement): Promise<void> {
    const stepId = button.closest<HTMLElement>("scrolly-story")?.dataset.activeStep;
    if (!stepId || !this.dialog) return;
    let entry: DialogEntry | undefined;
    try {
      entry = (await this.load())[stepId];
    } catch {
      // Failed (offline, say): the gallery below.
    }
    if (!entry) {
      // The gallery has every embed's snippet in its HTML.
      window.location.assign(this.dataset.gallery!);
      return;
    }
    for (const [key, text] of Object.entries(entry.snippets)) {
      const area = this.dialog.querySelector<HTMLTextAreaElement>(`[data-snippet="${key}"]`);
      if (area) area.value = text;
      const status = this.dialog.querySelector(`[data-status="${key}"]`);
      if (status) status.textContent = "";
    }
    for (const link of this.dialog.querySelectorAll<HTMLAnchorElement>("[data-download]")) {
      const href = entry.downloads[link.dataset.download as keyof DialogEntry["downloads"]];
      link.parentElement!.hidden = !href;
      if (href) link.href = href;
    }
    this.dialog.querySelector<HTMLAnchorElement>("[data-open]")!.href = entry.page;
    this.dialog.querySelector("[data-name]")!.textContent = entry.title;
    this.dialog.dataset.embed = entry.embed;
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
