import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { type AddressPolicy, anyAddress, publicOnly } from "./address.js";
import { IngestError } from "./errors.js";
import { DEFAULT_LIMITS, type FetchLimits } from "./fetchPage.js";

/** What the knowledge commands need from outside; the tests pass their own. */
export interface CommandDeps {
  stdout: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Today, for the fetched date (default now). */
  now?: () => Date;
  /** Narrows which addresses may be fetched beyond what --allow-private says (tests: only their own server). */
  allowed?: AddressPolicy;
  /** Smaller limits for the tests' slow and huge pages. */
  limits?: Partial<Omit<FetchLimits, "allowed">>;
}

/** Parses the command line; an unknown option is one clear line, not a stack trace. */
export function parseCommandLine<T extends Record<string, { type: "string" | "boolean" }>>(
  argv: readonly string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new IngestError(`${(error as Error).message.split("\n")[0]}. Usage: ${usage}`);
  }
}

export function fetchLimits(deps: CommandDeps, allowPrivate: boolean): FetchLimits {
  return { ...DEFAULT_LIMITS, ...deps.limits, allowed: deps.allowed ?? (allowPrivate ? anyAddress : publicOnly) };
}

/** The knowledge folder, from the same validated configuration the bot reads. */
export function knowledgeDir(deps: CommandDeps): string {
  return loadConfig(deps.env).knowledgeDir;
}

export function today(deps: CommandDeps): string {
  return (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
}
