/**
 * Work that can wait for the first paint (wiring the scroll engine, making charts live) runs in
 * small tasks when the main thread is idle, one task at a time and in the order asked, so that no
 * task blocks input for long (Total Blocking Time) and none runs before the page is drawn.
 *
 * Each task gets its own idle period (requestIdleCallback); where the browser has none (Safari),
 * a timer stands in. A task waits at most IDLE_TIMEOUT from when it was asked: on a page that never
 * goes idle the work still runs.
 */
type Task = () => void;

export interface Scheduler {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
  setTimeout: (cb: () => void, ms: number) => unknown;
  now: () => number;
}

const queue: { task: Task; cancelled: boolean; due: number }[] = [];
let pending = false;

/** The longest a task waits, ms. */
export const IDLE_TIMEOUT = 2000;

function next(scope: Scheduler): void {
  if (pending) return;
  pending = true;
  const run = () => {
    pending = false;
    // One task per idle period: the next one waits for the next period.
    let item = queue.shift();
    while (item?.cancelled) item = queue.shift();
    if (queue.length) next(scope);
    item?.task();
  };
  // (A timeout of 0 would mean none: 1 ms is "now, or as soon as possible".)
  const timeout = Math.max(1, queue[0]!.due - scope.now());
  if (scope.requestIdleCallback) scope.requestIdleCallback(run, { timeout });
  else scope.setTimeout(run, Math.min(50, timeout));
}

const browser: Scheduler = {
  requestIdleCallback:
    typeof requestIdleCallback === "function" ? (cb, options) => requestIdleCallback(cb, options) : undefined,
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  now: () => performance.now(),
};

/**
 * Runs `task` when the page is idle, after the tasks asked for before it. Returns a function that
 * cancels it (a custom element removed before its turn).
 */
export function whenIdle(task: Task, scope: Scheduler = browser): () => void {
  const item = { task, cancelled: false, due: scope.now() + IDLE_TIMEOUT };
  queue.push(item);
  next(scope);
  return () => {
    item.cancelled = true;
  };
}
