import { getViteConfig } from "astro/config";

// Unit and component tests (Node). Browser tests have their own config: vitest.e2e.config.ts.
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.ts"],
    env: { TZ: "UTC" },
    css: { include: [/chartMarks\.css/] },
  },
});
