import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { cooperativeAnswer } from "../tests/helpers/cooperativeModel.js";
import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";
import { type ChatBehaviour, type ChatRequest, startOpenAIStandIn } from "../tests/helpers/openaiStandIn.js";
import { startBenchBot } from "./benchBot.js";
import { median, round } from "./stats.js";

const QUESTION = "how many H800 GPUs did DeepSeek use to train V3?";

/** Each fault of a model server, as the loopback stand-in plays it. */
const FAULTS: Record<string, ChatBehaviour> = {
  hang: { kind: "hang" },
  headers_after_30s: { kind: "reply", content: cooperativeAnswer, delayMs: 30_000 },
  stall_after_first_chunk: { kind: "reply", content: cooperativeAnswer, stallAfterChunks: 1 },
  first_token_after_30s: { kind: "reply", content: cooperativeAnswer, firstChunkDelayMs: 30_000 },
  status_500: { kind: "status", status: 500 },
  status_429_retry_after_3600: { kind: "status", status: 429, headers: { "retry-after": "3600" } },
};

/** A well-formed reply of `chars` characters: the cooperative answer's sentence over and over. */
function huge(chars: number) {
  return function* (req: ChatRequest): Iterable<string> {
    const answer = cooperativeAnswer(req);
    const [prose = "", quotes = ""] = answer.replace("<answer>\n", "").split("\n</answer>\n");
    yield "<answer>\n";
    for (let sent = 0; sent < chars; sent += prose.length + 1) yield `${prose} `;
    yield `\n</answer>\n${quotes}`;
  };
}

/**
 * The model mode's faults with default settings, against the real knowledge base: the time to an answer for each
 * fault (all faults side by side, `runs` times), and how much a bystander's /help is delayed while a 2 MB reply
 * arrives (median and worst over `runs` runs of at least a dozen /help each).
 */
export async function benchFaults(runs = 3) {
  const openai = await startOpenAIStandIn();
  const env = {
    OPENAI_API_KEY: "bench-key",
    OPENAI_BASE_URL: openai.baseUrl,
    ANSWER_CACHE_SECONDS: "0",
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-bench-")),
  };
  const engine = await buildEngine(loadConfig(env), () => {});
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(FAULTS).map((k) => [k, []]));
  for (let run = 0; run < runs; run++) {
    const tagged = Object.keys(FAULTS).map((fault, i) => ({
      fault,
      question: `${QUESTION}${" please".repeat(i + run * 10)}`,
    }));
    openai.setChatRouter(
      (req) =>
        FAULTS[
          tagged.find((t) => req.messages.at(-1)!.content.includes(`<question>\n${t.question}\n</question>`))?.fault ??
            ""
        ],
    );
    await Promise.all(
      tagged.map(async ({ fault, question }) => {
        const t = performance.now();
        await engine.answer(question);
        times[fault]!.push(performance.now() - t);
      }),
    );
  }
  openai.setChatRouter(null);

  const discord = await startDiscordStandIn();
  const bot = await startBenchBot(engine, discord.apiUrl, env);
  let user = 9_000_000;
  const help = async () => {
    const s = discord.sendInteraction({ userId: String(user++), ...chatInputInteraction("help") });
    const [res] = await discord.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/interactions/${s.id}/${s.token}/callback`,
    );
    return res!.at - s.sentAt;
  };
  const delays: number[] = [];
  const worst: number[] = [];
  openai.setDefaultChat({ kind: "stream", pieces: huge(2_000_000) });
  try {
    for (let run = 0; run < runs * 2; run++) {
      const usual: number[] = [];
      for (let i = 0; i < 5; i++) usual.push(await help());
      const s = discord.sendInteraction({
        userId: String(user++),
        ...chatInputInteraction("ask", [{ name: "question", type: 3, value: `${QUESTION} (run ${run})` }]),
      });
      let done = false;
      const answered = discord
        .waitForRequests(
          (r) =>
            r.path.includes(s.token) &&
            (r.body?.embeds?.[0]?.fields?.length > 0 || r.body?.data?.embeds?.[0]?.fields?.length > 0),
          1,
          20_000,
        )
        .then(() => (done = true));
      const during: number[] = [];
      const start = performance.now();
      while (!done || during.length < 12 || performance.now() - start < 250)
        during.push((await help()) - median(usual));
      await answered;
      delays.push(median(during));
      worst.push(Math.max(...during));
    }
  } finally {
    await bot.stop();
    await discord.close();
    await openai.close();
  }
  return {
    default_settings_ms_to_answer: Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, { median: round(median(v)), max: round(Math.max(...v)) }]),
    ),
    bystander_help_delay_during_2mb_reply_ms: {
      median: round(median(delays)),
      worst: round(Math.max(...worst)),
      runs: delays.length,
    },
  };
}
