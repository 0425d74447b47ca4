import { timelineStatus } from "./timelineStatus";

/**
 * <timeline-filter> shows the events of one thread of the timeline (radio buttons inside it) and
 * hides the others, and the years left empty. Hidden until this script runs: without JavaScript
 * every event is shown. data-status-forms (the string "timeline.showing" and its plural forms,
 * "{n} of {total} events shown") and data-total give the status line.
 */
export class TimelineFilter extends HTMLElement {
  private readonly onChange = () => this.apply();

  connectedCallback(): void {
    this.addEventListener("change", this.onChange);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.removeEventListener("change", this.onChange);
  }

  private apply(): void {
    const thread = this.querySelector<HTMLInputElement>("input:checked")?.value ?? "";
    const events = [...document.querySelectorAll<HTMLElement>(".tl-event[data-category]")];
    let shown = 0;
    for (const el of events) {
      el.hidden = thread !== "" && el.dataset.category !== thread;
      if (!el.hidden) shown++;
    }
    for (const year of document.querySelectorAll<HTMLElement>(".timeline__year")) {
      year.hidden = !year.querySelector(".tl-event:not([hidden])");
    }
    const status = this.querySelector<HTMLElement>("[data-status]");
    if (status) {
      status.textContent = timelineStatus(
        JSON.parse(this.dataset.statusForms ?? "{}") as Record<string, string>,
        shown,
        Number(this.dataset.total ?? events.length),
        document.documentElement.lang || "en",
      );
    }
  }
}

if (!customElements.get("timeline-filter")) customElements.define("timeline-filter", TimelineFilter);
