import { defineConfig } from "vitest/config";

// The suites Stryker runs against each mutant (npm run mutate): the unit suites, not the end-to-end ones, whose
// loopback servers cost seconds per run and test the same modules through the Discord and model stand-ins.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "tests/cli/ask.test.ts", "tests/cli/eval.test.ts", "node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A test that asserts nothing passes whatever the code does: every test must make at least one assertion.
    expect: { requireAssertions: true },
  },
});
