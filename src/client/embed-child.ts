import { CHILD_ID, heightMessage } from "../embed/embedSnippet";

/**
 * Runs inside an embed page. It applies the options of the address (`theme`, and for charts
 * `state`; anything unknown keeps the default), and posts the page's height to the host whenever it
 * changes, in pym.js's message format. It never reads anything from the host page.
 */
const params = new URLSearchParams(window.location.search);
const root = document.documentElement;

const theme = params.get("theme");
if (theme === "light" || theme === "dark") root.dataset.theme = theme;

const main = document.querySelector<HTMLElement>("[data-embed]");
const states = JSON.parse(main?.dataset.states ?? "[]") as string[];
const state = params.get("state");
if (state && states.includes(state)) {
  const chart = document.querySelector<HTMLElement>("story-chart");
  if (chart) chart.dataset.state = state;
  main!.dataset.state = state;
}

const childId = params.get("childId") ?? "";
if (window.parent !== window && CHILD_ID.test(childId)) {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret: any host may read it, as with pym.js.
    window.parent.postMessage(heightMessage(childId, height), "*");
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener("load", send);
  send();
}
