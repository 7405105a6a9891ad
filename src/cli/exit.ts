import { StorybotError } from "../errors.js";

/** Where the edge writes, and how it ends the process: the real ones by default, stand-ins in the tests. */
export interface ExitDeps {
  stderr: { write(text: string): unknown };
  exit: (code: number) => void;
  env: NodeJS.ProcessEnv;
}

const real: ExitDeps = { stderr: process.stderr, exit: (code) => process.exit(code), env: process.env };

/**
 * The one edge every command-line entry point (start, ask, eval, report, deploy-commands, bench) ends through. A
 * known problem prints its own message, which already says what to fix; anything else prints once, with its stack
 * only when LOG_LEVEL=debug (a stack helps a maintainer, and only confuses a newcomer). Either way the exit code is 1.
 */
export function reportFailure(error: unknown, deps: ExitDeps = real): void {
  if (error instanceof StorybotError) {
    deps.stderr.write(`${error.message}\n`);
  } else {
    const debug = deps.env.LOG_LEVEL?.trim().toLowerCase() === "debug";
    const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    deps.stderr.write(`Unexpected error: ${text}${debug ? "" : "\n(set LOG_LEVEL=debug to see where it happened)"}\n`);
  }
  deps.exit(1);
}

/** Runs an entry point's `main`; a rejection ends the process through `reportFailure`. */
export function runMain(main: () => Promise<unknown>, deps: ExitDeps = real): Promise<void> {
  return main().then(
    () => undefined,
    (error: unknown) => reportFailure(error, deps),
  );
}
