import { chromium } from "playwright-core";
const base = "http://localhost:8771";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox","--use-angle=swiftshader","--enable-unsafe-swiftshader","--disable-background-networking"] });
for (const [w,h,name] of [[1280,800,"desktop"],[390,844,"phone"]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: "reduce", isMobile: w < 500, hasTouch: w < 500 });
  const page = await ctx.newPage();
  await page.goto(`${base}/fr/`);
  const chapter = "coup";
  const sel = `story-map[data-chapter="${chapter}"]`;
  const cfg = await (await page.request.get(`${base}/fr/map/chapters/${chapter}.json`)).json();
  const last = cfg.lastStepId;
  await page.evaluate((id) => { const el = document.getElementById(id); const top = el.querySelector(".step__card").getBoundingClientRect().top + scrollY; scrollTo(0, top - innerHeight*0.45); }, last);
  await page.waitForFunction(([c,s]) => { const el = document.querySelector(`story-map[data-chapter="${c}"]`); return el?.dataset.step===s && el?.dataset.settled==="true" && el?.dataset.state==="ready"; }, [chapter,last], { timeout: 60000 });
  await page.click(`${sel} .story-map__explore`);
  await page.waitForFunction((s) => document.querySelector(s)?.dataset.mode === "explore", sel);
  await page.waitForFunction((s) => document.querySelector(s)?.dataset.settled === "true", sel);
  const overlay = await (await page.request.get(`${base}/fr/map/overlay.json`)).json();
  const f = overlay.layers.attacks.points.features.find((x) => x.properties.id === (process.env.ID ?? "koutougou_attack"));
  const p = await page.$eval(sel, (el, ll) => el.projectPoint(ll), f.geometry.coordinates);
  const origin = await page.locator(`${sel} .story-map__map`).boundingBox();
  for (const dx of [0, -5, 4]) {
    await page.mouse.click(origin.x + p.x + dx, origin.y + p.y + 4);
    const popup = page.locator(`${sel} .story-map__popup`);
    try { await popup.waitFor({ state: "visible", timeout: 3000 }); } catch { console.log(name, "miss", dx); continue; }
    console.log(name, JSON.stringify(await popup.innerText()));
    break;
  }
  await page.screenshot({ path: `/tmp/frsweep/popup-${name}.png` });
  await ctx.close();
}
await browser.close();
