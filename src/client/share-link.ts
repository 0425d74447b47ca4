/**
 * <share-link> wraps a button that shares a link to part of the story: the Web Share API where
 * the device has it, otherwise the link is copied, and a status line says so.
 * Attributes: data-href (the link, relative or absolute), data-title, data-copied, data-failed.
 */
export class ShareLink extends HTMLElement {
  private readonly onClick = () => void this.share();

  connectedCallback(): void {
    this.querySelector("button")?.addEventListener("click", this.onClick);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.querySelector("button")?.removeEventListener("click", this.onClick);
  }

  private async share(): Promise<void> {
    const url = new URL(this.dataset.href ?? "", window.location.href).href;
    const title = this.dataset.title ?? document.title;
    const status = this.querySelector<HTMLElement>("[data-status]");
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (e) {
        if ((e as Error).name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = this.dataset.copied ?? "";
    } catch {
      if (status) status.textContent = (this.dataset.failed ?? "{url}").replace("{url}", url);
    }
  }
}

if (!customElements.get("share-link")) customElements.define("share-link", ShareLink);
