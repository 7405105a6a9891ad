import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds the bot once for the run; tests that start it as a process run that build (tests/helpers/built.ts).
    globalSetup: ["tests/globalSetup.ts"],
    // The end-to-end suites start loopback servers; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A test that asserts nothing passes whatever the code does: every test must make at least one assertion.
    expect: { requireAssertions: true },
  },
});
