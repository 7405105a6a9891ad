import pino from "pino";

export type LogLevel = "debug" | "info" | "warn" | "error";
export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** One structured line per event; `level` defaults to info. Every front end and the engine log through this. */
export type Logger = (event: string, fields?: Record<string, unknown>, level?: LogLevel) => void;

export interface LoggerOptions {
  level?: LogLevel | "silent";
  /** Values (tokens, keys) that must never reach a log line, wherever they appear: a model server may echo a key. */
  secrets?: readonly (string | null | undefined)[];
  /** Defaults to stderr: stdout belongs to the console's answers and the CLI's output. */
  destination?: NodeJS.WritableStream | { write(line: string): unknown };
  /**
   * Also handed every event, whatever the level hides: the metrics count what the log says. A tap that throws
   * costs its own count, never the caller's work.
   */
  tap?: Logger;
}

const REDACTED = "[redacted]";

/** Field names that hold credentials; pino removes them by path before a line is written. */
const SECRET_PATHS = [
  "token",
  "apiKey",
  "authorization",
  "headers.authorization",
  "config.discord.token",
  "config.llm.apiKey",
  "*.token",
  "*.apiKey",
];

/**
 * Builds the process's logger on pino. Redaction is configuration, not care at each call: credential fields are
 * redacted by path, and the configured secret values are scrubbed from every string, including error messages and stacks.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 6);
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === "string") return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), value);
    if (value instanceof Error) return { type: value.name, message: scrub(value.message), stack: scrub(value.stack) };
    if (depth > 6 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
  };
  const destination = options.destination ?? pino.destination({ fd: 2, sync: !inBackground(options.level) });
  const base = pino(
    {
      level: options.level ?? "info",
      base: undefined,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: SECRET_PATHS, censor: REDACTED },
      formatters: { level: (label) => ({ level: label }), log: (fields) => scrub(fields) as Record<string, unknown> },
    },
    destination as pino.DestinationStream,
  );
  const tap = options.tap;
  return (event, fields = {}, level = "info") => {
    base[level](fields, event);
    if (!tap) return;
    try {
      tap(event, fields, level);
    } catch {
      // Counting is best effort; the line above is the record.
    }
  };
}

/**
 * At info and debug a busy bot writes a line per interaction, and writing each to stderr before going on cost about
 * a millisecond of the event loop per interaction (more when the reader of the pipe is slow): those lines are
 * written in the background, and pino writes whatever is still pending when the process exits (process.exit, the
 * last resort, SIGTERM's shutdown). At warn and above (the console's default) lines are few and share the terminal
 * with answers, so each is written before the call returns.
 */
function inBackground(level: LoggerOptions["level"]): boolean {
  return level === undefined || level === "info" || level === "debug";
}

/** A logger that writes nothing: for tests and one-shot tools that report through their own output. */
export const silentLogger: Logger = () => {};
