import { StorybotError } from "./errors.js";

/** Where the edge writes and how it ends the process: the real ones by default, stand-ins in the tests. */
export interface ExitDeps {
  stderr: { write(text: string): unknown };
  exit: (code: number) => void;
  env: NodeJS.ProcessEnv;
}

const real: ExitDeps = { stderr: process.stderr, exit: (code) => process.exit(code), env: process.env };

/**
 * The one edge where a script's failure meets the person who ran it (start, ask, eval, deploy-commands, bench): a
 * line saying what happened and what to do, no stack trace (unless LOG_LEVEL=debug asks for one), and exit code 1.
 * `explain` puts known outside failures (Discord's, the network's) in words; our own errors already carry theirs.
 */
export function runMain(
  main: () => Promise<unknown>,
  explain: (error: unknown) => string | null = () => null,
  deps: ExitDeps = real,
): Promise<void> {
  return main().then(
    () => undefined,
    (error: unknown) => reportFailure(error, explain, deps),
  );
}

export function reportFailure(
  error: unknown,
  explain: (error: unknown) => string | null = () => null,
  deps: ExitDeps = real,
): void {
  deps.stderr.write(`${describeFailure(error, explain)}\n`);
  // Configuration may be what failed, so the environment is read directly here.
  if (deps.env.LOG_LEVEL?.trim().toLowerCase() === "debug" && error instanceof Error && error.stack)
    deps.stderr.write(`${error.stack}\n`);
  deps.exit(1);
}

export function describeFailure(error: unknown, explain: (error: unknown) => string | null): string {
  if (error instanceof StorybotError) return error.message;
  const explained = explain(error);
  if (explained) return explained;
  const message = error instanceof Error ? error.message : String(error);
  return `storybot stopped on an unexpected error: ${message.split("\n")[0]} (LOG_LEVEL=debug shows where it happened)`;
}
