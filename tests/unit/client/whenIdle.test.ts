import { describe, expect, it } from "vitest";
import { IDLE_TIMEOUT, whenIdle, type Scheduler } from "../../../src/client/whenIdle";

/** A browser whose idle periods come when the test says: `idle()` runs the pending callback. */
function fakeBrowser(withIdleCallback = true) {
  let pending: { cb: () => void; timeout: number } | null = null;
  let clock = 0;
  const scope: Scheduler = {
    requestIdleCallback: withIdleCallback
      ? (cb, options) => {
          pending = { cb, timeout: options?.timeout ?? 0 };
          return 1;
        }
      : undefined,
    setTimeout: (cb, ms) => {
      pending = { cb, timeout: ms };
    },
    now: () => clock,
  };
  return {
    scope,
    idle: () => {
      const p = pending;
      pending = null;
      p?.cb();
    },
    pendingTimeout: () => (pending as { timeout: number } | null)?.timeout ?? null,
    advance: (ms: number) => (clock += ms),
  };
}

describe("whenIdle()", () => {
  it("runs one task per idle period, in the order asked, none before the first period", () => {
    const b = fakeBrowser();
    const ran: string[] = [];
    for (const name of ["chapter 1", "chart 1", "chapter 2"]) whenIdle(() => ran.push(name), b.scope);
    expect(ran).toEqual([]);
    b.idle();
    expect(ran).toEqual(["chapter 1"]);
    b.idle();
    b.idle();
    expect(ran).toEqual(["chapter 1", "chart 1", "chapter 2"]);
    b.idle();
    expect(ran).toEqual(["chapter 1", "chart 1", "chapter 2"]);
  });

  it("skips a cancelled task (an element removed before its turn)", () => {
    const b = fakeBrowser();
    const ran: string[] = [];
    whenIdle(() => ran.push("a"), b.scope);
    const cancel = whenIdle(() => ran.push("b"), b.scope);
    whenIdle(() => ran.push("c"), b.scope);
    cancel();
    b.idle();
    b.idle();
    expect(ran).toEqual(["a", "c"]);
  });

  it("waits at most IDLE_TIMEOUT from when a task was asked, not from when its turn came", () => {
    const b = fakeBrowser();
    whenIdle(() => undefined, b.scope);
    whenIdle(() => undefined, b.scope);
    expect(b.pendingTimeout()).toBe(IDLE_TIMEOUT);
    b.advance(IDLE_TIMEOUT - 500);
    b.idle();
    expect(b.pendingTimeout()).toBe(500);
    b.advance(1000);
    b.idle();
    whenIdle(() => undefined, b.scope);
    expect(b.pendingTimeout()).toBe(IDLE_TIMEOUT);
    b.idle();
  });

  it("falls back to short timers where the browser has no requestIdleCallback (Safari)", () => {
    const b = fakeBrowser(false);
    const ran: number[] = [];
    whenIdle(() => ran.push(1), b.scope);
    expect(b.pendingTimeout()).toBe(50);
    b.idle();
    expect(ran).toEqual([1]);
  });
});
