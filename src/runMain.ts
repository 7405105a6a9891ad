import { StorybotError } from "./errors.js";

/**
 * The one edge where a script's failure meets the person who ran it: a line saying what happened and what to do,
 * no stack trace (unless LOG_LEVEL=debug asks for one), and exit code 1. `explain` puts known outside failures
 * (Discord's, the network's) in words; our own errors already carry theirs.
 */
export function runMain(main: () => Promise<void>, explain: (error: unknown) => string | null = () => null): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${describeFailure(error, explain)}\n`);
    // Configuration may be what failed, so the environment is read directly here.
    if (process.env.LOG_LEVEL?.trim().toLowerCase() === "debug" && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}

export function describeFailure(error: unknown, explain: (error: unknown) => string | null): string {
  if (error instanceof StorybotError) return error.message;
  const explained = explain(error);
  if (explained) return explained;
  const message = error instanceof Error ? error.message : String(error);
  return `storybot stopped on an unexpected error: ${message.split("\n")[0]} (LOG_LEVEL=debug shows where it happened)`;
}
