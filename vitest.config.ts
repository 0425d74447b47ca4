import { getViteConfig } from "astro/config";

// Two projects in Node: `unit` (pure functions and components, seconds) and `slow` (real builds of
// the project, network calls such as npm audit). Browser tests have their own config:
// vitest.e2e.config.ts.
export default getViteConfig({
  test: {
    env: { TZ: "UTC" },
    // Chart styles are inlined into standalone SVGs through a ?raw import.
    css: { include: [/chartMarks\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.ts"],
          // A few tests read the whole content/ folder (about 1 s alone); on a loaded 2-core machine
          // they took over the default 5 s. A limit for a hung test, not a speed target.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: "slow", include: ["tests/slow/**/*.test.ts"] },
      },
    ],
  },
});
