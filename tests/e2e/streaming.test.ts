import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { isWriting, showsExcerpts, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const H800 = "The lab trained the model on 2,048 H800 GPUs.";

let discord: DiscordStandIn;
let openai: OpenAIStandIn;
let bot: Bot;

/** The prompt's number for the passage about the H800s. */
function numberOf(req: ChatRequest): string {
  const user = req.messages.find((m) => m.role === "user")?.content ?? "";
  return /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(user)?.[1] ?? "1";
}

function groundedAnswer(req: ChatRequest): string {
  const n = numberOf(req);
  return `<answer>\nThe lab trained the model on 2,048 H800 GPUs, a cut-down chip sold in China, for its final run [${n}].\n</answer>\n<quotes>\n[${n}] ${H800}\n</quotes>`;
}

beforeAll(async () => {
  discord = await startDiscordStandIn();
  openai = await startOpenAIStandIn();
  const config = loadConfig({
    DISCORD_TOKEN: "test-token",
    DISCORD_API_URL: discord.apiUrl,
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MAX_RETRIES: "0",
    ANSWER_CACHE_SECONDS: "0",
    KNOWLEDGE_DIR: FIXTURE,
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
    SHUTDOWN_GRACE_MS: "5000",
    ANSWER_DEADLINE_MS: "3000",
    LLM_STREAM_IDLE_MS: "1500",
  });
  const log = () => {};
  bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    handleSignals: false,
    editIntervalMs: 200,
  });
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  await openai?.close();
});

const ask = (question: string, userId: string) =>
  discord.sendInteraction({ userId, ...chatInputInteraction("ask", [{ name: "question", type: 3, value: question }]) });

describe("a model's answer in Discord", () => {
  it("defers a slow model answer, grows the reply by edits, and ends with the verified quotes", async () => {
    openai.queueChat({ kind: "reply", content: groundedAnswer, delayMs: 300 });
    const { id, token } = ask("how many H800 GPUs were used?", "7001");
    const [callback] = await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(callback!.body.type).toBe(5);
    const edits = await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/messages/@original`) && showsExcerpts(r.body),
    );
    const all = discord.repliesFor(id, token).filter((r) => r.method === "PATCH");
    const final = edits.at(-1)!;
    expect(visibleText(final.body)).toContain(H800);
    expect(visibleText(final.body)).toMatch(/language model/);
    expect(final.body.allowed_mentions).toEqual({ parse: [] });
    expect(all.length).toBeGreaterThanOrEqual(2);
  });

  it("edits no more often than the configured interval", async () => {
    const sentences = (n: string) =>
      Array.from({ length: 20 }, () => `The lab trained the model on 2,048 H800 GPUs [${n}].`).join(" ");
    openai.queueChat({
      kind: "reply",
      content: (req) =>
        groundedAnswer(req).replace(/<answer>\n.*\n<\/answer>/, `<answer>\n${sentences(numberOf(req))}\n</answer>`),
      delayMs: 200,
      chunkDelayMs: 20,
    });
    const { token } = ask("how many H800 GPUs were used in total?", "7002");
    await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/`) && showsExcerpts(r.body),
    );
    const partials = discord.requests.filter((r) => r.method === "PATCH" && r.path.includes(`/${token}/`)).slice(0, -1);
    expect(partials.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < partials.length; i++) expect(partials[i]!.at - partials[i - 1]!.at).toBeGreaterThanOrEqual(150);
  });

  it("sends the quick answer with a note when the model fails", async () => {
    openai.queueChat({ kind: "status", status: 500 });
    const { id, token } = ask("how many H800 GPUs were used?", "7003");
    const [res] = await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    // The failure is quick, so the quick answer goes out as the first response itself.
    expect(res!.body.type).toBe(4);
    expect(visibleText(res!.body.data)).toMatch(/quick answer/);
    expect(visibleText(res!.body.data)).toContain(H800);
  });

  it("answers a blank question privately at once, without deferring", async () => {
    const { id, token } = ask("   ", "7006");
    const [callback] = await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(callback!.body).toMatchObject({ type: 4, data: { flags: 64 + 4 } });
  });

  it("edits in the quick answer when the model says NOT_COVERED to a question the documents answer", async () => {
    openai.queueChat({ kind: "reply", content: "NOT_COVERED", delayMs: 300 });
    const { token } = ask("how many H800 GPUs were used for training?", "7007");
    const [final] = await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/`) && showsExcerpts(r.body),
    );
    expect(visibleText(final!.body)).toContain(H800);
    expect(visibleText(final!.body)).toMatch(/found no answer/);
  });

  it("never shows a lying sentence, not even while the answer is being written", async () => {
    openai.queueChat({
      kind: "reply",
      content: (req) =>
        groundedAnswer(req).replace(
          "for its final run [",
          `for its final run [${numberOf(req)}]. It cost exactly $1 and NVIDIA went bankrupt [`,
        ),
      delayMs: 200,
      chunkDelayMs: 30,
    });
    const { id, token } = ask("how many H800 GPUs were used overall?", "7008");
    await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/`) && showsExcerpts(r.body),
    );
    const shown = discord.repliesFor(id, token).map((r) => JSON.stringify(r.body));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.join("\n")).not.toMatch(/\$1\b|bankrupt/);
  });

  it("shows no clickable link but the knowledge base's own", async () => {
    openai.queueChat({
      kind: "reply",
      content: (req) =>
        groundedAnswer(req).replace(
          "for its final run",
          "for its final run, claim yours at https://evil.example/free-gpus or discord.gg/nitro",
        ),
      delayMs: 200,
    });
    const { id, token } = ask("how many H800 GPUs did the lab use overall?", "7009");
    await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${token}/`) && showsExcerpts(r.body),
    );
    const urls = discord
      .repliesFor(id, token)
      .flatMap((r) => JSON.stringify(r.body).match(/https?:\/\/[^\s)>"\\]+|discord\.gg\/\S+/g) ?? []);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(["https://example.org/cost-report", "https://example.org/market"]).toContain(url);
  });

  it("edits a streamed answer whose model stalls to the quick answer with a note, breaking off the model", async () => {
    openai.queueChat({
      kind: "reply",
      content: (req) => `${groundedAnswer(req).split("</answer>")[0]} More is coming`,
      stallAfterChunks: 1_000,
      chunkDelayMs: 10,
    });
    const before = openai.chatRequests.length;
    const sent = ask("how many H800 GPUs did the lab train the model on?", "7010");
    const [final] = await discord.waitForRequests(
      (r) => r.method === "PATCH" && r.path.includes(`/${sent.token}/`) && showsExcerpts(r.body),
      1,
      6_000,
    );
    const patches = discord.repliesFor(sent.id, sent.token).filter((r) => r.method === "PATCH");
    expect(isWriting(patches[0]!.body)).toBe(true);
    expect(visibleText(final!.body)).toMatch(/took too long/);
    expect(isWriting(final!.body)).toBe(false);
    // The order of events, not a number of ms (which a loaded machine stretches): the model's request was broken
    // off, never finished, so the quick answer did not wait for it. waitForRequests' own deadline catches a wait.
    const [request] = openai.chatRequests.slice(before);
    await expect.poll(() => request?.abortedAt).toBeDefined();
    expect(request!.doneAt).toBeUndefined();
  });

  it("finishes an answer in flight when shutting down, and turns new questions away", async () => {
    openai.queueChat({ kind: "reply", content: groundedAnswer, delayMs: 500 });
    const inFlight = ask("how many H800 GPUs were used?", "7004");
    await discord.waitForRequests((r) => r.path === `/v10/interactions/${inFlight.id}/${inFlight.token}/callback`);
    const stopping = bot.stop();
    const late = ask("and how much did it cost?", "7005");
    const [refused] = await discord.waitForRequests(
      (r) => r.path === `/v10/interactions/${late.id}/${late.token}/callback`,
    );
    expect(refused!.body.data.content).toMatch(/restarting/);
    await stopping;
    const edits = discord
      .repliesFor(inFlight.id, inFlight.token)
      .filter((r) => r.method === "PATCH" && showsExcerpts(r.body));
    expect(edits).toHaveLength(1);
  });
});
