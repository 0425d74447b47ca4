import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
} from "playwright-core";

/** Debian's Chromium unless CHROME_PATH says otherwise; browser downloads do not work here. */
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Flags that keep Chromium off the network (this machine has none) and let it run as root.
 * WebGL stays on through SwiftShader, so maps render headless.
 */
export const chromeArgs = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launch(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [...chromeArgs, ...extraArgs],
    ...options,
  });
}

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/**
 * Resolves two frames and one task after now: by then the observers that a scroll or an event set
 * off (IntersectionObserver callbacks, work queued by the frame) have run. A state to wait on, not
 * a time.
 */
export function afterFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          }),
        ),
      ),
  );
}

/**
 * Resizes the viewport and resolves once the page lays out at the new size (its innerWidth and
 * innerHeight say so) and the resize's observers have run. Playwright's setViewportSize can
 * resolve a frame before the page sees the new size: a layout measured then is the old one.
 */
export async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForFunction(
    ({ width, height }) => window.innerWidth === width && window.innerHeight === height,
    size,
  );
  await afterFrames(page);
}

/** Waits until the chapter's graphic shows the live chart of a step, in that step's state. */
export async function waitForChart(page: Page, step: { id: string; chart: string; state: string }) {
  await page
    .waitForFunction(
      ({ id, chart, state }) => {
        const graphic = document
          .getElementById(id)
          ?.closest("scrolly-story")
          ?.querySelector<HTMLElement>(".scrolly__graphic");
        const el = graphic?.querySelector<HTMLElement>(`story-chart[data-chart="${chart}"]`);
        return (
          graphic?.dataset.step === id &&
          (graphic.dataset.live ?? "").split(" ").includes("chart") &&
          el !== null &&
          el !== undefined &&
          !el.hidden &&
          el.dataset.state === state &&
          el.querySelector(".chart__marks")!.children.length > 0
        );
      },
      step,
      { timeout: 10_000 },
    )
    .catch(async (e: unknown) => {
      // Say what the graphic showed instead, so a failure names the step and the state.
      const seen = await page.evaluate((id) => {
        const graphic = document
          .getElementById(id)
          ?.closest("scrolly-story")
          ?.querySelector<HTMLElement>(".scrolly__graphic");
        return {
          step: graphic?.dataset.step,
          live: graphic?.dataset.live,
          charts: [...(graphic?.querySelectorAll<HTMLElement>("story-chart") ?? [])].map(
            (c) =>
              `${c.dataset.chart}${c.hidden ? " (hidden)" : ""} state=${c.dataset.state} marks=${c.querySelector(".chart__marks")?.children.length}`,
          ),
          scrollY: Math.round(window.scrollY),
          width: window.innerWidth,
        };
      }, step.id);
      throw new Error(
        `step ${step.id} (${step.chart}, state ${step.state}) not shown: ${JSON.stringify(seen)}`,
        {
          cause: e,
        },
      );
    });
}
