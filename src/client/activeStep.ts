/**
 * Which step is active for a scroll position: the last step whose top has passed the trigger
 * line (a share of the viewport height), or the first step if none has. A pure function of the
 * layout, never of the scroll history, so jumps, reloads and deep links land on the right state.
 */
export function activeStepIndex(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
