import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { built } from "./built.js";

const ROOT = new URL("../..", import.meta.url).pathname;

export interface Run {
  child: ChildProcess;
  /** Resolves when the process exits (rejects after `timeoutMs`, killing it). */
  exited: Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>;
  /**
   * Resolves once stdout or stderr has printed text matching `pattern` (rejects on exit or after the deadline, 45 s
   * unless given: a bound on a hang, not a measure; a bot took over 15 s to connect on a loaded two-core machine).
   */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * Runs one of storybot's real entry points (src/main.ts, src/cli/*.ts) in a child process, with only the given
 * variables set on top of a clean storybot environment: the way a person starts it from a shell. It runs the run's
 * build of it (tests/globalSetup.ts) with plain node, as `npm start` does, rather than compiling it again here.
 */
export function runEntryPoint(
  script: string,
  env: Record<string, string>,
  opts: { stdin?: string; timeoutMs?: number; args?: readonly string[] } = {},
): Run {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(DISCORD_|OPENAI_|LOG_LEVEL|KNOWLEDGE_DIR|CACHE_DIR|DATA_DIR|DATABASE_|LOG_RETENTION_DAYS|ASK_|SHUTDOWN_|ANSWER_|LLM_)/.test(
          k,
        ),
    ),
  );
  const started = performance.now();
  const child = spawn(process.execPath, ["--enable-source-maps", built(script), ...(opts.args ?? [])], {
    cwd: ROOT,
    // A fresh data folder unless the test names one: no run writes into the working tree's data/.
    env: { ...clean, DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-data-")), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const listeners = new Set<() => void>();
  child.stdout!.on("data", (c: Buffer) => ((stdout += c.toString()), listeners.forEach((l) => l())));
  child.stderr!.on("data", (c: Buffer) => ((stderr += c.toString()), listeners.forEach((l) => l())));
  if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not exit within ${opts.timeoutMs ?? 30_000} ms; stderr so far:\n${stderr}`));
    }, opts.timeoutMs ?? 30_000);
    child.on("exit", (code, signal) => {
      if (signal) stderr += `[killed by ${signal}]`;
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
  exited.catch(() => undefined);
  return {
    child,
    exited,
    printed(pattern, timeoutMs = 45_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(stdout) || pattern.test(stderr)) done(resolve);
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`never printed ${pattern}; stderr:\n${stderr}`))),
          timeoutMs,
        );
        const onExit = () => done(() => reject(new Error(`exited before printing ${pattern}; stderr:\n${stderr}`)));
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off("exit", onExit);
          settle();
        };
        listeners.add(check);
        child.once("exit", onExit);
        check();
      });
    },
  };
}
