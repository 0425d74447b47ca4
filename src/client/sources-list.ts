/**
 * <sources-list> holds the story's list of news reports. The story's HTML gives each report's
 * outlet, headline and date (what paper prints) but not its address: when the list comes near
 * (two screens away), or a link points into it, this element fetches the sources page (data-src)
 * and swaps in the same list with every report linked. If that fails, each event still links to
 * its entry on the sources page.
 */
export class SourcesList extends HTMLElement {
  private near: IntersectionObserver | null = null;
  private loading = false;

  private readonly onHash = () => {
    if (location.hash.startsWith("#source-")) void this.load();
  };

  connectedCallback(): void {
    if (!this.dataset.src) return;
    this.near = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && void this.load(),
      {
        rootMargin: "200% 0px",
      },
    );
    this.near.observe(this);
    window.addEventListener("hashchange", this.onHash);
    this.onHash();
  }

  disconnectedCallback(): void {
    this.near?.disconnect();
    this.near = null;
    window.removeEventListener("hashchange", this.onHash);
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    this.near?.disconnect();
    this.near = null;
    window.removeEventListener("hashchange", this.onHash);
    const src = this.dataset.src!;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const mine = this.querySelector("ol[id]");
      const full = mine && page.getElementById(mine.id);
      if (!full) throw new Error(`no #${mine?.id ?? "list"} on the page`);
      mine.replaceWith(document.adoptNode(full));
      this.dataset.state = "linked";
    } catch (e) {
      console.warn(
        `[sources-list] ${src}: ${e instanceof Error ? e.message : String(e)}; the short list stays.`,
      );
    }
  }
}

if (!customElements.get("sources-list")) customElements.define("sources-list", SourcesList);
