import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cooperativeAnswer } from "../helpers/cooperativeModel.js";
import { runEntryPoint } from "../helpers/entryPoint.js";
import { type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let openai: OpenAIStandIn;

beforeAll(async () => {
  openai = await startOpenAIStandIn();
  openai.setDefaultChat({ kind: "reply", content: cooperativeAnswer });
});

afterAll(async () => {
  await openai?.close();
});

/** `npm start` with no Discord token and piped input: the console, answering with the stand-in model. */
async function consoleSession(input: string, env: Record<string, string> = {}) {
  const run = runEntryPoint(
    "src/main.ts",
    {
      OPENAI_API_KEY: "local",
      OPENAI_BASE_URL: openai.baseUrl,
      KNOWLEDGE_DIR: FIXTURE,
      CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
      ...env,
    },
    { stdin: input, timeoutMs: 90_000 },
  );
  return run.exited;
}

/**
 * `npm start` with no Discord token and no LOG_LEVEL, fed more /sources than a reader takes: run once, its reader
 * gone after the first answer, and read by the cases below (each such process is seconds of CPU).
 */
let quiet: ReturnType<typeof runEntryPoint> | undefined;
const readerGone = () => {
  if (!quiet) {
    const run = runEntryPoint(
      "src/main.ts",
      { KNOWLEDGE_DIR: FIXTURE },
      { stdin: "/sources\n".repeat(2_000), timeoutMs: 90_000 },
    );
    void run.printed(/What I have read/, 60_000).then(
      () => run.child.stdout!.destroy(),
      () => undefined,
    );
    quiet = run;
  }
  return quiet;
};

// A process loads every module before it answers: on a loaded two-core machine that alone has taken over 20 s.
describe("the console as a process", { timeout: 90_000 }, () => {
  it("stops quietly when the program reading its output goes away", async () => {
    const run = readerGone();
    await run.printed(/What I have read/, 60_000);
    const { code, stderr } = await run.exited;
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  it("logs nothing below a warning unless LOG_LEVEL says so", async () => {
    const { stderr } = await readerGone().exited;
    expect(stderr).not.toMatch(/"level":"(info|debug)"/);
  });
});

/** One model-mode session with every log line asked for (LOG_LEVEL=debug), run once and read by the cases below. */
let verbose: ReturnType<typeof consoleSession> | undefined;
const verboseSession = () => (verbose ??= consoleSession("how many H800 GPUs were used?\n", { LOG_LEVEL: "debug" }));

describe("the console in model mode, as a process", { timeout: 90_000 }, () => {
  it("prints the model's answer on stdout with no log lines among it, even when LOG_LEVEL asks for all of them", async () => {
    const { code, stdout } = await verboseSession();
    expect(code).toBe(0);
    expect(stdout).toContain("Written by a language model");
    expect(stdout).not.toMatch(/"level":/);
  });

  it("sends log lines to stderr, even when LOG_LEVEL asks for all of them", async () => {
    const { stderr } = await verboseSession();
    expect(stderr).toMatch(/"event":"model_tokens"/);
  });
});
