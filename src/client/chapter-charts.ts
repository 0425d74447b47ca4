/**
 * <chapter-charts> holds a chapter's live charts in its sticky graphic. The story's HTML carries
 * none of them (its first screen comes in the first bytes): when the chapter comes near (two screens
 * away), this element fetches the chapter's data page (data-src), takes its <story-chart> figures
 * and loads their code. Until then, and if that fails, the static image of the step is the chart.
 */
export class ChapterCharts extends HTMLElement {
  private near: IntersectionObserver | null = null;
  private loading = false;

  connectedCallback(): void {
    if (!this.dataset.src || this.querySelector("story-chart")) return;
    this.near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near?.disconnect();
        this.near = null;
        void this.load();
      },
      // Two screens ahead: the page has arrived and the charts are live before the reader is there.
      { rootMargin: "200% 0px" },
    );
    this.near.observe(this.closest(".scrolly__graphic") ?? this);
  }

  disconnectedCallback(): void {
    this.near?.disconnect();
    this.near = null;
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    const src = this.dataset.src!;
    try {
      const [response] = await Promise.all([fetch(src), import("./story-chart")]);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      if (!this.isConnected) return;
      this.append(...adoptCharts(page, src, this.dataset.first));
    } catch (e) {
      console.warn(
        `[chapter-charts] ${src}: ${e instanceof Error ? e.message : String(e)}; the static charts stay.`,
      );
    }
  }
}

/**
 * The <story-chart> figures of a data page, made ready for the story's sticky graphic: data tables
 * closed (the page opens them), in-page links of the story pointed at this page, every chart but
 * the first hidden (the active step then picks one).
 */
export function adoptCharts(page: Document, src: string, first: string | undefined): HTMLElement[] {
  const story = new URL(new URL(src, location.href).pathname.replace(/data\/[^/]+\/$/, ""), location.href);
  return [...page.querySelectorAll<HTMLElement>("story-chart")].map((chart) => {
    for (const d of chart.querySelectorAll("details")) d.removeAttribute("open");
    for (const a of chart.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const url = new URL(a.getAttribute("href")!, story);
      if (url.hash && url.origin === story.origin && url.pathname === story.pathname)
        a.setAttribute("href", url.hash);
    }
    chart.hidden = chart.dataset.chart !== first;
    return document.adoptNode(chart);
  });
}

if (!customElements.get("chapter-charts")) customElements.define("chapter-charts", ChapterCharts);
