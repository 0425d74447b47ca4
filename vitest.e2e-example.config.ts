import { defineConfig } from "vitest/config";

// Browser tests of the second story (examples/blue-nile), built to dist-example/ with CONTENT_DIR.
// The browser tests' global setup serves the folder named by SITE_DIST.
export default defineConfig({
  test: {
    include: ["tests/e2e-example/**/*.test.ts"],
    globalSetup: ["tests/e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: "UTC", SITE_DIST: "dist-example" },
  },
});
