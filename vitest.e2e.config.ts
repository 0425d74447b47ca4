import { defineConfig } from "vitest/config";

// Browser tests: real Chromium (playwright-core) against the built site in dist/.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
