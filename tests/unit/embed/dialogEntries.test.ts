import { describe, expect, it } from "vitest";
import { dialogEntry, type SnippetUrls } from "../../../src/embed/dialogEntries";

const site = "https://example.org/story/fr/";
const chartUrls: SnippetUrls = {
  page: `${site}embed/chart-a-chart/`,
  oembed: `${site}embed/chart-a-chart/oembed.json`,
  // One loader for every edition, at the site's root.
  loader: "https://example.org/story/embed/loader.js",
  png: `${site}downloads/a-story-a-chart.png`,
  svg: `${site}downloads/a-story-a-chart.svg`,
  csv: `${site}downloads/a-story-a-chart.csv`,
  height: 720,
};
const mapUrls: SnippetUrls = {
  ...chartUrls,
  page: `${site}embed/map-a-step/`,
  oembed: `${site}embed/map-a-step/oembed.json`,
  png: `${site}downloads/a-story-map-a-step.png`,
  svg: null,
  csv: null,
  height: 800,
};
const words = { state: "second", alt: "Chart: a line", credit: "A chart. Graphic: A story." };

describe("dialogEntry()", () => {
  const entry = dialogEntry({ id: "chart-a-chart", title: 'A "quoted" <chart>' }, chartUrls, words);

  it("keeps the step's chart state in the embed's address, in every snippet that links to it", () => {
    expect(entry.page).toBe(`${site}embed/chart-a-chart/?state=second`);
    expect(entry.snippets.iframe).toContain(`src="${site}embed/chart-a-chart/?state=second"`);
    expect(entry.snippets.loader).toContain(
      `src="${site}embed/chart-a-chart/?state=second&amp;childId=chart-a-chart"`,
    );
    expect(entry.snippets.image).toContain(`<a href="${site}embed/chart-a-chart/?state=second">`);
  });

  it("makes the responsive snippet an iframe that works alone where a CMS strips the script", () => {
    const [iframe, script] = entry.snippets.loader.split("\n");
    expect(iframe).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" data-story-embed width="100%" height="720" [^>]*><\/iframe>$/,
    );
    expect(script).toBe('<script async src="https://example.org/story/embed/loader.js"></script>');
  });

  it("escapes the title in the snippets' attributes", () => {
    expect(entry.snippets.iframe).toContain('title="A &quot;quoted&quot; &lt;chart&gt;"');
    expect(entry.title).toBe('A "quoted" <chart>');
  });

  it("gives the oEmbed document's address and the image with its alt text and credit", () => {
    expect(entry.snippets.oembed).toBe(`${site}embed/chart-a-chart/oembed.json`);
    expect(entry.snippets.image).toBe(
      `<figure><img src="${site}downloads/a-story-a-chart.png" alt="Chart: a line" style="max-width:100%;height:auto"><figcaption>A chart. Graphic: A story. <a href="${site}embed/chart-a-chart/?state=second">${site}embed/chart-a-chart/?state=second</a></figcaption></figure>`,
    );
  });

  it("leaves a map view's address without a state, and offers only its PNG", () => {
    const map = dialogEntry({ id: "map-a-step", title: "A chapter" }, mapUrls, { ...words, state: null });
    expect(map.page).toBe(`${site}embed/map-a-step/`);
    expect(map.snippets.iframe).toContain('height="800"');
    expect(map.downloads).toEqual({ svg: null, png: `${site}downloads/a-story-map-a-step.png`, csv: null });
  });
});
