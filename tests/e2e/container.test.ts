import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config.js";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { isWriting, visibleText } from "../helpers/visibleText.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

/** The Dockerfile's last CMD, which is the one Docker runs; exec form (a JSON array) or it fails to parse. */
function dockerCommand(): string[] {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
  const cmd = [...dockerfile.matchAll(/^CMD\s+(.+)$/gm)].at(-1)?.[1];
  return JSON.parse(cmd ?? "null") as string[];
}

/** What npm start runs once it has built: the node command, with its flags. */
function npmStartNode(): string[] {
  const node = pkg.scripts.start!.split("&&").map((part) => part.trim());
  return node.find((part) => part.startsWith("node "))!.split(/\s+/);
}

let discord: DiscordStandIn;
let openai: OpenAIStandIn;

/** One verified sentence, then the model goes quiet: the message shows "Writing…" with that sentence. */
function slowAnswer(req: ChatRequest): string {
  const user = req.messages.find((m) => m.role === "user")?.content ?? "";
  const n = /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(user)?.[1] ?? "1";
  return `<answer>\nThe lab trained the model on 2,048 H800 GPUs [${n}]. More is coming`;
}

beforeAll(async () => {
  openai = await startOpenAIStandIn();
  openai.setDefaultChat({ kind: "reply", content: slowAnswer, stallAfterChunks: 1_000 });
});

afterAll(async () => {
  await openai?.close();
});

// A Discord of its own for each test: a bot connects to it, and is gone at the end.
beforeEach(async () => {
  discord = await startDiscordStandIn();
});

afterEach(async () => {
  await discord?.close();
});

describe("the container's command", () => {
  // So its stop on SIGTERM is deploy/run.sh's, the same command (below): one started bot shows how that command stops.
  it("is node itself, with npm start's flags, on the entry point the build makes", () => {
    const command = dockerCommand();
    expect(command[0]).toBe("node");
    expect(command).toEqual(npmStartNode());
    // The run's build is the build script's, written elsewhere (tests/globalSetup.ts): the image's dist/ is its own.
    expect(pkg.scripts.build).toContain("--outdir=dist ");
    expect(existsSync(join(inject("buildDir"), relative("dist", command.at(-1)!)))).toBe(true);
  });

  it("runs as a user other than root, with nothing in front of the command", () => {
    const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    expect(runtime).toMatch(/^USER node$/m);
    expect(dockerfile).not.toMatch(/^ENTRYPOINT/m);
  });
});

describe("the time a supervisor gives the bot to stop", () => {
  // The bot's stop: SHUTDOWN_GRACE_MS for answers in flight, then up to 2.5 s for their quick answers and 2.5 s for
  // queued writes (src/discord/bot.ts). Less than that, and the supervisor's SIGKILL leaves answers at "Writing…".
  const longestStop = loadConfig({}).shutdownGraceMs / 1_000 + 5;

  it("is longer than the bot's stop can take, in compose.yaml", () => {
    const compose = parse(readFileSync(join(ROOT, "compose.yaml"), "utf8")) as {
      services: { bot: { stop_grace_period: string } };
    };
    const grace = /^(\d+)s$/.exec(compose.services.bot.stop_grace_period)?.[1];
    expect(Number(grace)).toBeGreaterThan(longestStop);
  });

  it("is longer than the bot's stop can take, in the systemd unit", () => {
    const unit = readFileSync(join(ROOT, "deploy", "storybot.service"), "utf8");
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1])).toBeGreaterThan(longestStop);
  });
});

describe("running without a container", () => {
  it("runs the same node command in the systemd unit and in deploy/run.sh as npm start does", () => {
    const unit = readFileSync(join(ROOT, "deploy", "storybot.service"), "utf8");
    const execStart = /^ExecStart=(\S+) (.+)$/m.exec(unit);
    expect(execStart?.[1]).toMatch(/\/node$/);
    expect(["node", ...execStart![2]!.split(/\s+/)]).toEqual(npmStartNode());
    const script = readFileSync(join(ROOT, "deploy", "run.sh"), "utf8");
    expect(/^exec (node .+)$/m.exec(script)?.[1]?.split(/\s+/)).toEqual(npmStartNode());
  });

  it("deploy/run.sh settles every slow answer when its whole process group gets SIGTERM, as a supervisor sends it", async () => {
    // Its own process group, as under a supervisor; it builds the project's dist/ as npm start does.
    const child = spawn("sh", [join(ROOT, "deploy", "run.sh")], {
      env: botEnv(),
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    await expectCleanStop(child, () => process.kill(-child.pid!, "SIGTERM"));
  }, 60_000);
});

/** The bot's environment: the stand-ins, and slow model answers whose grace period ends long before a stall would. */
function botEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: "container-test-token",
    DISCORD_API_URL: discord.apiUrl,
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    KNOWLEDGE_DIR: FIXTURE,
    DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-data-")),
    CACHE_DIR: mkdtempSync(join(tmpdir(), "storybot-cache-")),
    LOG_LEVEL: "error",
    SHUTDOWN_GRACE_MS: "1000",
    ANSWER_DEADLINE_MS: "60000",
    LLM_STREAM_IDLE_MS: "30000",
    OPENAI_MAX_RETRIES: "0",
    ASK_COOLDOWN_PER_MINUTE: "0",
    ANSWER_CACHE_SECONDS: "0",
  };
}

/**
 * Asks five slow questions of the started bot, waits until each shows its first sentence under "Writing…", signals
 * it, and checks it exits 0, having broken off the model's requests, after every answer's last edit, each settled on
 * its quick answer with a note.
 */
async function expectCleanStop(
  child: ChildProcess,
  signal: () => unknown = () => child.kill("SIGTERM"),
): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once("exit", (code) => resolve({ code, at: performance.now() })),
  );
  try {
    await discord.waitForReady();
    const before = openai.chatRequests.length;
    const asked = Array.from({ length: 5 }, (_, i) =>
      discord.sendInteraction({
        userId: String(93_000 + i),
        ...chatInputInteraction("ask", [{ name: "question", type: 3, value: "how many H800 GPUs were used?" }]),
      }),
    );
    await Promise.all(
      asked.map((a) =>
        discord.waitForRequests(
          (r) => r.method === "PATCH" && r.path.includes(`/${a.token}/`) && isWriting(r.body),
          1,
          15_000,
        ),
      ),
    );
    signal();
    const { code, at } = await exited;
    expect(code, stderr).toBe(0);
    // It broke off the model's requests behind those answers rather than waiting them out: each was aborted and none
    // finished (the stand-in would keep them going for ever).
    const behind = openai.chatRequests.slice(before);
    expect(behind.length).toBeGreaterThan(0);
    await expect.poll(() => behind.every((r) => r.abortedAt !== undefined && r.doneAt === undefined)).toBe(true);
    for (const a of asked) {
      const last = discord
        .repliesFor(a.id, a.token)
        .filter((r) => r.method === "PATCH")
        .at(-1)!;
      expect(isWriting(last.body)).toBe(false);
      expect(visibleText(last.body)).toMatch(/restarting/);
      expect(last.at).toBeLessThan(at);
    }
  } finally {
    child.kill("SIGKILL");
  }
}
