import { describe, expect, it } from "vitest";
import { readStep, stepAttributes, type StepDom } from "../../../src/client/stepDom";

/** The element's dataset, as a browser builds it from the attributes the component writes. */
function element(attrs: Record<string, string | undefined>): HTMLElement {
  const dataset: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    dataset[name.replace(/^data-/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return { dataset } as unknown as HTMLElement;
}

const map: StepDom = {
  id: "a-map-step",
  graphic: "/graphics/a-map-step.svg",
  kind: "map",
  layers: ["roads", "towns"],
  chart: null,
  chartState: null,
  embed: "map-a-map-step",
};
const chart: StepDom = {
  ...map,
  id: "a-chart-step",
  kind: "chart",
  layers: [],
  chart: "a-chart",
  chartState: "all",
  embed: "chart-a-chart",
};

describe("the step's DOM contract", () => {
  it.each([map, chart])("reads back what the component wrote (%o)", (step) => {
    expect(readStep(element(stepAttributes(step)))).toEqual(step);
  });

  it("writes no layers for a chart step and no chart for a map step", () => {
    expect(stepAttributes(chart)["data-layers"]).toBeUndefined();
    expect(stepAttributes(map)["data-chart"]).toBeUndefined();
  });

  it("stops on a step element without its graphic", () => {
    const attrs = stepAttributes(map);
    delete attrs["data-graphic"];
    expect(() => readStep(element(attrs))).toThrow("step element without data-graphic");
  });
});
