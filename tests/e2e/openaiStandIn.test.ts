import type { MessageContent } from "@langchain/core/messages";
import { ChatOpenAI, ChatOpenAICompletions, OpenAIEmbeddings } from "@langchain/openai";
import { Tiktoken } from "js-tiktoken/lite";
import gpt2 from "js-tiktoken/ranks/gpt2";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { EMBEDDING_DIMENSIONS, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";

/*
 * The stand-in driven by the real LangChain clients. Every fetch the process makes is recorded; anything not
 * addressed to 127.0.0.1 is answered here without touching the network (js-tiktoken's bundled gpt2 ranks for
 * LangChain's tokenizer download, an error for anything else) and fails the test unless the test expects it.
 */

const TIKTOKEN_GPT2 = "https://tiktoken.pages.dev/js/gpt2.json";
const realFetch = globalThis.fetch;
let fetched: string[] = [];
let expectedOffLoopback: string[] = [];
let standIn: OpenAIStandIn;

beforeAll(async () => {
  standIn = await startOpenAIStandIn();
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    fetched.push(url);
    if (new URL(url).hostname === "127.0.0.1") return realFetch(input, init);
    if (url === TIKTOKEN_GPT2) return Promise.resolve(Response.json(gpt2));
    return Promise.reject(new Error(`test blocked a request off the loopback: ${url}`));
  }) as typeof fetch;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await standIn?.close();
});

beforeEach(() => {
  fetched = [];
  expectedOffLoopback = [];
  standIn.clearChatQueue();
  standIn.setDefaultChat({ kind: "reply", content: "OK" });
  standIn.setEmbeddingFailure(null);
  standIn.chatRequests.length = 0;
  standIn.embeddingRequests.length = 0;
});

afterEach(() => {
  expect(fetched.filter((u) => new URL(u).hostname !== "127.0.0.1")).toEqual(expectedOffLoopback);
});

function chat(fields: ConstructorParameters<typeof ChatOpenAI>[0] = {}): ChatOpenAI {
  return new ChatOpenAI({ apiKey: "test-key", maxRetries: 0, configuration: { baseURL: standIn.baseUrl }, ...fields });
}

function embeddings(fields: ConstructorParameters<typeof OpenAIEmbeddings>[0] = {}): OpenAIEmbeddings {
  return new OpenAIEmbeddings({
    apiKey: "test-key",
    maxRetries: 0,
    configuration: { baseURL: standIn.baseUrl },
    ...fields,
  });
}

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe("chat completions", () => {
  it("ChatOpenAI invoke returns the queued content and the request is recorded", async () => {
    standIn.queueChat({
      kind: "reply",
      content: "Hello from the stand-in.",
      usage: { prompt_tokens: 12, completion_tokens: 5 },
    });
    const reply = await chat().invoke([
      ["system", "Be brief."],
      ["user", "Say hello."],
    ]);
    expect(reply.content).toBe("Hello from the stand-in.");
    expect(reply.usage_metadata).toMatchObject({ input_tokens: 12, output_tokens: 5, total_tokens: 17 });
    expect(standIn.chatRequests).toHaveLength(1);
    const req = standIn.chatRequests[0]!;
    expect(req.stream).toBe(false);
    expect(req.messages).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Say hello." },
    ]);
    expect(req.headers.authorization).toBe("Bearer test-key");
    expect(standIn.requests.at(-1)).toMatchObject({ method: "POST", path: "/v1/chat/completions" });
  });

  it("uses the default reply once the queue is empty", async () => {
    standIn.queueChat({ kind: "reply", content: "first" });
    const model = chat();
    expect((await model.invoke("a")).content).toBe("first");
    expect((await model.invoke("b")).content).toBe("OK");
    standIn.setDefaultChat({ kind: "reply", content: (req) => `echo: ${req.messages.at(-1)?.content}` });
    expect((await model.invoke("c")).content).toBe("echo: c");
  });

  it("ChatOpenAI stream yields several chunks that join to the content", async () => {
    const content = "The quick brown fox jumps over the lazy dog, again and again.";
    standIn.queueChat({ kind: "reply", content, usage: { prompt_tokens: 9, completion_tokens: 14 } });
    const texts: string[] = [];
    let usage: unknown;
    for await (const part of await chat().stream("Tell me about the fox.")) {
      if (typeof part.content === "string" && part.content) texts.push(part.content);
      usage = part.usage_metadata ?? usage;
    }
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.join("")).toBe(content);
    expect(usage).toMatchObject({ input_tokens: 9, output_tokens: 14 });
    expect(standIn.chatRequests[0]!.stream).toBe(true);
    expect(standIn.chatRequests[0]!.body.stream_options).toEqual({ include_usage: true });
  });

  it("a 500 with maxRetries 0 rejects after a single request", async () => {
    standIn.queueChat({ kind: "status", status: 500, body: { error: { message: "boom", type: "server_error" } } });
    await expect(chat({ maxRetries: 0 }).invoke("hi")).rejects.toThrow(/boom/);
    expect(standIn.chatRequests).toHaveLength(1);
  });

  it("a 429 with retry-after is retried once with maxRetries 1 and then succeeds", async () => {
    standIn.queueChat(
      {
        kind: "status",
        status: 429,
        body: { error: { message: "slow down", type: "rate_limit_error" } },
        headers: { "retry-after": "0" },
      },
      { kind: "reply", content: "after the wait" },
    );
    expect((await chat({ maxRetries: 1 }).invoke("hi")).content).toBe("after the wait");
    expect(standIn.chatRequests).toHaveLength(2);
  });

  // A hang never answers: the rejection itself shows the timeout ended it (the test's own timeout catches a wait).
  it("a hang with timeout 500 rejects", async () => {
    standIn.queueChat({ kind: "hang" });
    await expect(chat({ timeout: 500 }).invoke("hi")).rejects.toThrow(/timed? ?out/i);
  });

  it("a hang with timeout 500 is aborted by the client, not answered", async () => {
    standIn.queueChat({ kind: "hang" });
    await chat({ timeout: 500 })
      .invoke("hi")
      .catch(() => undefined);
    const request = standIn.chatRequests.at(-1)!;
    await expect.poll(() => request.abortedAt).toBeDefined();
    expect(request.doneAt).toBeUndefined();
  });

  it("a malformed body rejects", async () => {
    standIn.queueChat({ kind: "malformed" });
    await expect(chat().invoke("hi")).rejects.toThrow();
  });

  it("a cut stream yields its first chunks and then rejects", async () => {
    standIn.queueChat({
      kind: "cutStream",
      content: "one two three four five six seven eight nine ten",
      afterChunks: 2,
    });
    const texts: string[] = [];
    const consume = async () => {
      for await (const part of await chat().stream("hi"))
        if (typeof part.content === "string") texts.push(part.content);
    };
    await expect(consume()).rejects.toThrow();
    expect(texts.join("")).toBe("one two three four five six ");
  });

  it("close() ends a hung request at once", async () => {
    const own = await startOpenAIStandIn();
    own.queueChat({ kind: "hang" });
    const pending = realFetch(`${own.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "x", messages: [{ role: "user", content: "hi" }] }),
    });
    await vi.waitFor(() => expect(own.chatRequests).toHaveLength(1));
    // Left hanging, the request would keep close() waiting for ever: that close() settles at all, with the request
    // ended, is the check (the test's timeout catches a wait), not how many ms it took.
    await own.close();
    await expect(pending).rejects.toThrow();
    await own.close(); // a second close is harmless
  });

  it("lists a model and answers unknown routes with a 404 JSON error", async () => {
    const models = await realFetch(`${standIn.baseUrl}/models`);
    expect(((await models.json()) as { data: Array<{ id: string }> }).data[0]?.id).toBe("stand-in");
    const missing = await realFetch(`${standIn.baseUrl}/nowhere`, { method: "POST", body: "{}" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: "invalid_request_error" } });
    expect(standIn.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/models",
      "POST /v1/nowhere",
    ]);
  });
});

describe("embeddings", () => {
  it("OpenAIEmbeddings embedDocuments returns vectors of the right length and nearly identical texts are closer than unrelated ones", async () => {
    const [a, b, c] = await embeddings().embedDocuments([
      "The lab trained the model on 2,048 H800 GPUs.",
      "The lab trained its model on 2,048 H800 GPUs.",
      "Bananas are rich in potassium and easy to peel.",
    ]);
    for (const v of [a, b, c]) expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 5);
    expect(cosine(a!, b!)).toBeGreaterThan(0.8);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.3);
    // The SDK asks for base64 unless told otherwise, and decodes it itself.
    expect(standIn.embeddingRequests[0]!.body.encoding_format).toBe("base64");
    expect(standIn.embeddingRequests[0]!.input).toHaveLength(3);
  });

  it("float and base64 encodings give the same vector", async () => {
    const text = "DeepSeek spent about $5.6 million on the final training run.";
    const viaBase64 = await embeddings().embedQuery(text);
    const viaFloat = await embeddings({ encodingFormat: "float" }).embedQuery(text);
    expect(standIn.embeddingRequests.map((r) => r.body.encoding_format)).toEqual(["base64", "float"]);
    viaFloat.forEach((x, i) => expect(viaBase64[i]).toBeCloseTo(x, 6));
  });

  it("an embedding failure rejects", async () => {
    standIn.setEmbeddingFailure(503);
    await expect(embeddings().embedQuery("anything")).rejects.toThrow(/unavailable/);
  });
});

describe("structured output", () => {
  const Person = z.object({ name: z.string(), age: z.number() });
  const answer = JSON.stringify({ name: "Ada", age: 36 });

  it("withStructuredOutput on a zod schema parses the content (default model: a forced function call)", async () => {
    standIn.queueChat({ kind: "reply", content: answer });
    const parsed = await chat().withStructuredOutput(Person).invoke("Who?");
    expect(parsed).toEqual({ name: "Ada", age: 36 });
    const body = standIn.chatRequests[0]!.body;
    expect(body.model).toBe("gpt-3.5-turbo");
    expect(body.tools[0].function.name).toBe("extract");
    expect(body.tool_choice).toEqual({ type: "function", function: { name: "extract" } });
    expect(body.response_format).toBeUndefined();
  });

  it("withStructuredOutput on a zod schema parses the content (gpt-4o-mini: a json_schema response_format)", async () => {
    standIn.queueChat({ kind: "reply", content: answer });
    const parsed = await chat({ model: "gpt-4o-mini" }).withStructuredOutput(Person, { name: "person" }).invoke("Who?");
    expect(parsed).toEqual({ name: "Ada", age: 36 });
    const body = standIn.chatRequests[0]!.body;
    expect(body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "person", strict: true } });
    expect(body.tools).toBeUndefined();
  });

  it("withStructuredOutput in function-calling mode also parses a streamed call", async () => {
    standIn.queueChat({ kind: "reply", content: answer });
    const structured = chat({ model: "gpt-4o-mini" }).withStructuredOutput(Person, { method: "functionCalling" });
    let last: unknown;
    for await (const part of await structured.stream("Who?")) last = part;
    expect(last).toEqual({ name: "Ada", age: 36 });
    expect(standIn.chatRequests[0]!.stream).toBe(true);
  });
});

/** A completions model that counts tokens with the gpt2 ranks shipped inside js-tiktoken instead of LangChain's download. */
class OfflineCountingCompletions extends ChatOpenAICompletions {
  static encoder = new Tiktoken(gpt2);
  override async getNumTokens(content: MessageContent): Promise<number> {
    const text =
      typeof content === "string"
        ? content
        : content.map((p) => (p.type === "text" && "text" in p ? String(p.text) : "")).join("");
    return OfflineCountingCompletions.encoder.encode(text).length;
  }
}

// LangChain caches a downloaded encoding for the whole process, so the tests that must not download run before
// the one that does (vitest runs a file's tests in order).
describe("token counting with streaming: true", () => {
  it("stream() downloads nothing", async () => {
    standIn.queueChat({ kind: "reply", content: "Streamed straight through to the caller." });
    let text = "";
    for await (const part of await chat({ streaming: true }).stream("hi"))
      text += typeof part.content === "string" ? part.content : "";
    expect(text).toBe("Streamed straight through to the caller.");
  });

  it("invoke() downloads nothing when ChatOpenAI is given a completions model that counts with bundled ranks", async () => {
    standIn.queueChat({ kind: "reply", content: "Streamed, then counted locally." });
    const fields = { apiKey: "test-key", maxRetries: 0, streaming: true, configuration: { baseURL: standIn.baseUrl } };
    const model = new ChatOpenAI({ ...fields, completions: new OfflineCountingCompletions(fields) });
    const reply = await model.invoke("hi");
    expect(reply.content).toBe("Streamed, then counted locally.");
    expect(standIn.chatRequests[0]!.stream).toBe(true);
  });

  it("invoke() on a stock ChatOpenAI with streaming: true fetches gpt2.json from tiktoken.pages.dev, whatever the model", async () => {
    standIn.queueChat({ kind: "reply", content: "Streamed, then counted." });
    const reply = await chat({ model: "gpt-4o-mini", streaming: true }).invoke("hi");
    expect(reply.content).toBe("Streamed, then counted.");
    // Answered above from the bundled ranks. Offline, the download fails and LangChain's AsyncCaller retries it
    // six times with exponential backoff before falling back to length / 4: an invoke() then takes minutes.
    expectedOffLoopback = [TIKTOKEN_GPT2];
  });
});
