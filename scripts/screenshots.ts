// Takes screenshots of the built site (dist/) at phone and desktop sizes, for people to look at:
// the top of the page and each chapter's first steps. Usage: npm run screenshots [-- outDir]
import path from "node:path";
import { mkdir } from "node:fs/promises";
import { launch, phone, desktop } from "../tests/e2e/browser.ts";
import { serveStatic } from "../tests/e2e/staticServer.ts";

const out = path.resolve(process.argv[2] ?? "screenshots");
await mkdir(out, { recursive: true });
const site = await serveStatic(path.resolve("dist"));
const browser = await launch();
try {
  for (const [name, options] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ ...options, colorScheme: scheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${site.url}/`, { waitUntil: "networkidle" });
      await page.screenshot({ path: path.join(out, `${name}-${scheme}-top.png`) });
      if (scheme === "dark") {
        await context.close();
        continue;
      }
      const steps = await page.$$eval(".step[data-step]", (els) => els.map((e) => e.id));
      for (const id of steps) {
        await page.evaluate((stepId) => {
          const el = document.getElementById(stepId)!;
          const card = el.querySelector(".step__card") as HTMLElement;
          window.scrollTo(0, window.scrollY + card.getBoundingClientRect().top - window.innerHeight * 0.35);
        }, id);
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(out, `${name}-step-${id}.png`) });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`screenshots in ${out}`);
