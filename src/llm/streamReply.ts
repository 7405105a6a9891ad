import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage, UsageMetadata } from "@langchain/core/messages";

/** Bounds on reading one reply, all in ms except `maxChars`. */
export interface ReplyLimits {
  /** performance.now() by which reading must be over, retries and waits included. */
  deadlineAt: number;
  /** Longest silence before the next piece (the first included): longer is a stalled stream. */
  idleMs: number;
  /** Most characters read; past it the request is aborted. */
  maxChars: number;
  /** Further attempts after a failure that may pass, each only if it fits before the deadline. */
  maxRetries: number;
  /** Aborts reading at once (shutdown). */
  stop?: AbortSignal;
}

export type ReplyFailure = "deadline" | "stalled" | "too_long" | "stopped" | "error";

export type ReplyOutcome =
  | { ok: true; text: string; usage: UsageMetadata | null; attempts: number }
  | { ok: false; reason: ReplyFailure; error: unknown; attempts: number; chars: number };

/** An attempt needs at least this long to be worth starting. */
const MIN_ATTEMPT_MS = 1_000;
const BACKOFF_MS = 250;

/**
 * Streams one reply from a chat model within hard bounds: a deadline for everything, a limit on silence between
 * pieces, and a cap on size. Whatever ends the attempt (deadline, stall, cap, shutdown) aborts the HTTP request, so
 * nothing keeps reading in the background. A failure before any piece arrived is retried while the wait (the
 * server's Retry-After, or a short back-off) and a minimal attempt still fit before the deadline; once pieces have
 * been handed to `onPiece`, a failure is final.
 */
export async function streamReply(
  model: BaseChatModel,
  messages: BaseMessage[],
  limits: ReplyLimits,
  onPiece: (piece: string) => void,
): Promise<ReplyOutcome> {
  let attempts = 0;
  for (;;) {
    attempts++;
    const result = await attempt(model, messages, limits, onPiece);
    if (result.ok) return { ...result, attempts };
    const { reason, error, chars } = result;
    if (reason !== "error" && reason !== "stalled") return { ok: false, reason, error, attempts, chars };
    const wait = retryWaitMs(error, attempts);
    const retry =
      chars === 0 &&
      attempts <= limits.maxRetries &&
      wait !== null &&
      performance.now() + wait + MIN_ATTEMPT_MS <= limits.deadlineAt;
    if (!retry) return { ok: false, reason, error, attempts, chars };
    if (!(await sleep(wait, limits.stop))) return { ok: false, reason: "stopped", error, attempts, chars };
  }
}

type AttemptResult =
  | { ok: true; text: string; usage: UsageMetadata | null }
  | { ok: false; reason: ReplyFailure; error: unknown; chars: number };

async function attempt(
  model: BaseChatModel,
  messages: BaseMessage[],
  limits: ReplyLimits,
  onPiece: (piece: string) => void,
): Promise<AttemptResult> {
  const controller = new AbortController();
  let failed: (reason: ReplyFailure) => void = () => {};
  const failure = new Promise<{ failure: ReplyFailure }>((resolve) => {
    failed = (reason) => {
      resolve({ failure: reason });
      controller.abort(new Error(`model reply ${reason}`));
    };
  });
  let idle: NodeJS.Timeout | undefined;
  const quiet = () => {
    clearTimeout(idle);
    idle = setTimeout(() => failed("stalled"), limits.idleMs);
  };
  const deadline = setTimeout(() => failed("deadline"), Math.max(0, limits.deadlineAt - performance.now()));
  const onStop = () => failed("stopped");
  if (limits.stop?.aborted) onStop();
  limits.stop?.addEventListener("abort", onStop, { once: true });
  quiet();
  let chars = 0;
  const pieces: string[] = [];
  let usage: UsageMetadata | null = null;
  let iterator: AsyncIterator<{ content: unknown; usage_metadata?: UsageMetadata }> | undefined;
  try {
    // Every await races the failure: a library that keeps waiting on a dead socket cannot hold the answer.
    const opened = await Promise.race([handled(model.stream(messages, { signal: controller.signal })), failure]);
    if ("failure" in opened) return { ok: false, reason: opened.failure, error: null, chars };
    iterator = opened[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([handled(iterator.next()), failure]);
      if ("failure" in next) return { ok: false, reason: next.failure, error: null, chars };
      if (next.done) break;
      quiet();
      const chunk = next.value;
      if (chunk.usage_metadata) usage = chunk.usage_metadata;
      const piece = typeof chunk.content === "string" ? chunk.content : "";
      if (!piece) continue;
      chars += piece.length;
      if (chars > limits.maxChars) {
        failed("too_long");
        return { ok: false, reason: "too_long", error: null, chars };
      }
      pieces.push(piece);
      onPiece(piece);
    }
    return { ok: true, text: pieces.join(""), usage };
  } catch (error) {
    // An abort we caused surfaces here as the library's AbortError: report our reason, not theirs.
    const ours = await Promise.race([failure, Promise.resolve(null)]);
    return { ok: false, reason: ours?.failure ?? "error", error, chars };
  } finally {
    clearTimeout(idle);
    clearTimeout(deadline);
    limits.stop?.removeEventListener("abort", onStop);
    if (!controller.signal.aborted) controller.abort();
    void iterator?.return?.().catch(() => undefined);
  }
}

/**
 * How long to wait before trying again, or null when the failure will not pass by itself (a bad key, a bad request).
 * A server's Retry-After (seconds or a date, or retry-after-ms) is honoured as given: the caller decides whether it fits.
 */
export function retryWaitMs(error: unknown, attempt: number): number | null {
  const status =
    typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : null;
  if (status !== null && status < 500 && status !== 408 && status !== 409 && status !== 429) return null;
  const headers = (error as { headers?: unknown })?.headers;
  const header = (name: string): string | null => {
    if (!headers) return null;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : null;
  };
  const ms = Number(header("retry-after-ms"));
  if (header("retry-after-ms") !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const after = header("retry-after");
  if (after !== null) {
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  return BACKOFF_MS * 2 ** (attempt - 1);
}

/** The same promise, with its rejection marked as handled: it may lose a race and reject after nobody is listening. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Resolves true after `ms`, or false at once when `stop` aborts. */
function sleep(ms: number, stop?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (stop?.aborted) return resolve(false);
    const onStop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      stop?.removeEventListener("abort", onStop);
      resolve(true);
    }, ms);
    stop?.addEventListener("abort", onStop, { once: true });
  });
}
