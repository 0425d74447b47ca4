/**
 * <term-tip> wraps a glossary term in the text: a link to the term's glossary entry and a
 * tooltip with its definition (the link's aria-describedby). CSS shows the tooltip on hover and
 * on keyboard focus; this element adds what CSS cannot (WCAG 1.4.13):
 * - Esc hides it without moving the pointer or the focus;
 * - a tap opens it instead of leaving the page; a second tap follows the link; a tap elsewhere
 *   closes it;
 * - it stays inside the viewport.
 * Without JavaScript the term is a plain link to the glossary (see Term.astro).
 */
export class TermTip extends HTMLElement {
  private link: HTMLAnchorElement | null = null;
  private tip: HTMLElement | null = null;
  private lastPointer = "";

  private readonly onPointerDown = (e: PointerEvent) => {
    this.lastPointer = e.pointerType;
  };

  private readonly onClick = (e: MouseEvent) => {
    const type = "pointerType" in e ? (e as PointerEvent).pointerType : this.lastPointer;
    if ((type || this.lastPointer) !== "touch") return; // mouse or keyboard: it is a link
    if (this.hasAttribute("open")) return; // second tap: follow the link
    e.preventDefault();
    this.setAttribute("open", "");
    this.show();
  };

  private readonly onEnter = () => this.show();

  private readonly onLeave = () => {
    if (!this.contains(document.activeElement)) this.removeAttribute("data-dismissed");
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    if (this.contains(e.relatedTarget as Node | null)) return;
    this.removeAttribute("data-dismissed");
    this.removeAttribute("open");
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.isShown()) return;
    this.setAttribute("data-dismissed", "");
    this.removeAttribute("open");
  };

  private readonly onOutside = (e: PointerEvent) => {
    if (!this.contains(e.target as Node | null)) this.removeAttribute("open");
  };

  connectedCallback(): void {
    this.link = this.querySelector("a");
    this.tip = this.querySelector(".term__tip") ?? this.tipFromGlossary();
    this.link?.addEventListener("click", this.onClick);
    this.addEventListener("pointerdown", this.onPointerDown);
    this.addEventListener("pointerenter", this.onEnter);
    this.addEventListener("focusin", this.onEnter);
    this.addEventListener("pointerleave", this.onLeave);
    this.addEventListener("focusout", this.onFocusOut);
    document.addEventListener("keydown", this.onKey);
    document.addEventListener("pointerdown", this.onOutside);
  }

  disconnectedCallback(): void {
    this.link?.removeEventListener("click", this.onClick);
    this.removeEventListener("pointerdown", this.onPointerDown);
    this.removeEventListener("pointerenter", this.onEnter);
    this.removeEventListener("focusin", this.onEnter);
    this.removeEventListener("pointerleave", this.onLeave);
    this.removeEventListener("focusout", this.onFocusOut);
    document.removeEventListener("keydown", this.onKey);
    document.removeEventListener("pointerdown", this.onOutside);
  }

  /**
   * The tooltip of a term whose definition the page holds once, in its printed glossary
   * (data-tip="glossary", see Term.astro): the same markup Term.astro writes for an inline one.
   */
  private tipFromGlossary(): HTMLElement | null {
    const id = this.dataset.term;
    if (this.dataset.tip !== "glossary" || !id || !this.link) return null;
    const entry = document.querySelector(`.glossary-print [data-term="${CSS.escape(id)}"]`);
    const name = entry?.querySelector("dfn")?.textContent;
    const definition = entry?.querySelector("dd p")?.textContent;
    if (!name || !definition) return null;
    const tip = document.createElement("span");
    tip.className = "term__tip ui";
    tip.id = `term-tip-${id}`;
    tip.setAttribute("role", "tooltip");
    const label = document.createElement("span");
    label.className = "term__name";
    label.textContent = `${name}${this.dataset.colon ?? ""}`;
    tip.append(label, ` ${definition}`);
    this.append(tip);
    this.link.setAttribute("aria-describedby", tip.id);
    return tip;
  }

  private isShown(): boolean {
    return !!this.tip && this.tip.getBoundingClientRect().width > 0;
  }

  /** Clears an earlier Esc and keeps the tooltip on screen, now and once hover styles apply. */
  private show(): void {
    this.removeAttribute("data-dismissed");
    this.place();
    requestAnimationFrame(() => this.place());
  }

  /** Shifts the tooltip sideways into the viewport, and above the term if there is no room below. */
  private place(): void {
    const tip = this.tip;
    if (!tip) return;
    this.style.setProperty("--tip-dx", "0px");
    this.removeAttribute("data-above");
    const r = tip.getBoundingClientRect();
    if (!r.width) return;
    const margin = 8;
    const vw = document.documentElement.clientWidth;
    let dx = 0;
    if (r.right > vw - margin) dx = vw - margin - r.right;
    if (r.left + dx < margin) dx = margin - r.left;
    this.style.setProperty("--tip-dx", `${Math.round(dx)}px`);
    const termTop = this.getBoundingClientRect().top;
    if (r.bottom > window.innerHeight - margin && termTop - r.height > margin)
      this.setAttribute("data-above", "");
  }
}

if (!customElements.get("term-tip")) customElements.define("term-tip", TermTip);
