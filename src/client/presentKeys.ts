export type PresentAction =
  "next" | "prev" | "first" | "last" | "exit" | "fullscreen" | "notes" | "blank" | "presenter";

/**
 * What a key does in presentation mode. Clickers send PageDown/PageUp (some send arrows or
 * space), so all of them move; Esc leaves, F asks for full screen. N shows the speaker notes,
 * P opens them in a presenter window; B blanks the screen (clickers' "blank" button sends B or
 * a full stop, as in PowerPoint).
 */
export function presentAction(key: string, shiftKey = false): PresentAction | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case " ":
    case "Spacebar":
      return shiftKey ? "prev" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "prev";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
    case "Esc":
      return "exit";
    case "f":
    case "F":
      return "fullscreen";
    case "n":
    case "N":
      return "notes";
    case "b":
    case "B":
    case ".":
      return "blank";
    case "p":
    case "P":
      return "presenter";
    default:
      return null;
  }
}

/** The slide an action leads to, kept within the deck. */
export function nextSlide(
  current: number,
  action: "next" | "prev" | "first" | "last",
  total: number,
): number {
  if (total <= 0) return 0;
  switch (action) {
    case "next":
      return Math.min(current + 1, total - 1);
    case "prev":
      return Math.max(current - 1, 0);
    case "first":
      return 0;
    case "last":
      return total - 1;
  }
}
