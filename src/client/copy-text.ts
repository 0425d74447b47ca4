/**
 * <copy-text> adds a Copy button to a piece of text on the page (a citation): data-target is the
 * id of the element whose text is copied, data-copied and data-failed the messages shown in its
 * status line. Hidden until this script runs: without JavaScript the text is there to select.
 */
export class CopyText extends HTMLElement {
  private readonly onClick = () => void this.copy();

  connectedCallback(): void {
    this.querySelector("button")?.addEventListener("click", this.onClick);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.querySelector("button")?.removeEventListener("click", this.onClick);
  }

  /** The target's data-text if it has one (the exact text), else its text on one line. */
  text(): string {
    const target = document.getElementById(this.dataset.target ?? "");
    return target?.dataset.text ?? (target?.textContent ?? "").replace(/\s+/g, " ").trim();
  }

  private async copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>("[data-status]");
    const target = document.getElementById(this.dataset.target ?? "");
    try {
      await navigator.clipboard.writeText(this.text());
      if (status) status.textContent = this.dataset.copied ?? "";
      status?.setAttribute("data-done", "");
    } catch {
      // No clipboard (permission refused, insecure page): select the text for the reader instead.
      if (target) window.getSelection()?.selectAllChildren(target);
      if (status) status.textContent = this.dataset.failed ?? "";
    }
  }
}

if (!customElements.get("copy-text")) customElements.define("copy-text", CopyText);
