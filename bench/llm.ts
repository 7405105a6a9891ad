import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { countTokens } from "../src/llm/tokens.js";
import { cooperativeAnswer } from "../tests/helpers/cooperativeModel.js";
import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";
import { startOpenAIStandIn } from "../tests/helpers/openaiStandIn.js";
import { startBenchBot } from "./benchBot.js";
import { median, percentile, round } from "./stats.js";

/**
 * The language-model mode against a loopback model: the chain's own time around the model call (retrieval, prompt,
 * parsing, verification), prompt tokens per question, and the time from the model's first token to the first
 * streamed edit in Discord.
 */
export async function benchLlm(questions: readonly string[], runs = 3) {
  const openai = await startOpenAIStandIn();
  openai.setDefaultChat({ kind: "reply", content: cooperativeAnswer });
  const env = {
    OPENAI_API_KEY: "bench-key",
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MAX_RETRIES: "0",
    ANSWER_CACHE_SECONDS: "0",
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-bench-")),
  };
  const engine = await buildEngine(loadConfig(env), () => {});
  const overheadP50: number[] = [];
  const overheadP95: number[] = [];
  const promptTokens: number[] = [];
  let generated = 0;
  let asked = 0;
  for (let run = 0; run < runs; run++) {
    const overhead: number[] = [];
    for (let rep = 0; rep < 10; rep++) {
      for (const q of questions) {
        const before = openai.chatRequests.length;
        const t = performance.now();
        const answer = await engine.answer(q);
        const total = performance.now() - t;
        const req = openai.chatRequests[before];
        if (!req) continue; // declined before any model call
        asked++;
        if (answer.mode === "generated") generated++;
        overhead.push(total - (req.doneAt! - req.at));
        if (run === 0 && rep === 0) promptTokens.push(req.messages.reduce((n, m) => n + countTokens(m.content) + 4, 3));
      }
    }
    overheadP50.push(percentile(overhead, 50));
    overheadP95.push(percentile(overhead, 95));
  }

  // First streamed edit: the model sends a token every 50 ms; how long after the first one does Discord see text?
  const discord = await startDiscordStandIn();
  const bot = await startBenchBot(engine, discord.apiUrl, env);
  const firstEdit: number[] = [];
  openai.setDefaultChat({ kind: "reply", content: cooperativeAnswer, chunkDelayMs: 50 });
  try {
    for (let i = 0; i < 15; i++) {
      const q = questions[i % questions.length]!;
      const before = openai.chatRequests.length;
      const s = discord.sendInteraction({
        userId: String(8_000_000 + i),
        ...chatInputInteraction("ask", [{ name: "question", type: 3, value: q }]),
      });
      const edits = await discord
        .waitForRequests((r) => r.method === "PATCH" && r.path.includes(`/${s.token}/`), 1, 15_000)
        .catch(() => []);
      const req = openai.chatRequests[before];
      if (edits[0] && req?.firstChunkAt) firstEdit.push(edits[0].at - req.firstChunkAt);
      await discord
        .waitForRequests(
          (r) => r.method === "PATCH" && r.path.includes(`/${s.token}/`) && r.body?.embeds?.[0]?.fields?.length > 0,
          1,
          15_000,
        )
        .catch(() => []);
    }
  } finally {
    await bot.stop();
    await discord.close();
    await openai.close();
  }
  return {
    chain_overhead_ms: { p50: round(median(overheadP50)), p95: round(median(overheadP95)) },
    prompt_tokens: { median: median(promptTokens), max: Math.max(...promptTokens) },
    generated_share: round(generated / Math.max(asked, 1)),
    first_streamed_edit_after_first_token_ms: {
      p50: round(percentile(firstEdit, 50)),
      p95: round(percentile(firstEdit, 95)),
      samples: firstEdit.length,
    },
  };
}
