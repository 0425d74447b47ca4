import { defineConfig } from "vitest/config";

// Browser tests of the second story (examples/blue-nile), built to dist-example/ with CONTENT_DIR.
export default defineConfig({
  test: {
    include: ["tests/e2e-example/**/*.test.ts"],
    globalSetup: ["tests/e2e-example/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
