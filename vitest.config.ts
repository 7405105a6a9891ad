import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds the bot once for the run; tests that start it as a process run that build (tests/helpers/built.ts).
    globalSetup: ["tests/globalSetup.ts"],
    // One worker process runs file after file without starting afresh for each: the sources and their dependencies
    // are loaded once, not once a file (on two cores that loading was most of a unit file's time). Files must leave
    // nothing behind: each closes what it starts and restores what it replaces, in its afterAll.
    isolate: false,
    // Two workers, each running its share of the files one after another: most end-to-end time is spent waiting on
    // other processes (a bot starting, a model's deadline), which the other worker fills. Files share no ports (each
    // server listens on port 0), no environment (processes get theirs at spawn) and no database (each file starts
    // its own Postgres, each store its own temp folder).
    maxWorkers: 2,
    // The end-to-end suites start loopback servers and real processes; give them room on a loaded 2-core machine,
    // where a process alone has taken over 20 s to load its modules. A deadline here bounds a hang, it measures nothing.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A test that asserts nothing passes whatever the code does: every test must make at least one assertion.
    expect: { requireAssertions: true },
  },
});
