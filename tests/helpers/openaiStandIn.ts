import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the stand-in does with the next chat completion request. */
export type ChatBehaviour =
  | {
      kind: "reply";
      /**
       * The assistant's text. If the request forces a function (`tool_choice: { type: "function", function: { name } }`,
       * or the legacy `function_call: { name }`), this string is sent as that call's `arguments` instead.
       */
      content: string | ((req: ChatRequest) => string);
      /** Wait before answering at all. */
      delayMs?: number;
      /** Wait between streamed chunks, as a model generating tokens would. */
      chunkDelayMs?: number;
      /** Stream requests: send the headers at once, then wait this long before the first chunk (a slow first token). */
      firstChunkDelayMs?: number;
      /** Stream requests: send this many chunks (or all there are), then nothing more, never ending the response (a stalled stream). */
      stallAfterChunks?: number;
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  /**
   * Streams `pieces` lazily, one SSE chunk each, then finishes normally: for replies too big to build in advance
   * (megabytes). Writes wait for the socket to drain and yield between chunks, so the stand-in never blocks the
   * event loop it may share with the bot; it stops when the client goes away.
   */
  | { kind: "stream"; pieces: (req: ChatRequest) => Iterable<string>; chunkDelayMs?: number }
  /** Answers with this status, `body` as JSON (default: an OpenAI-style error) and extra headers (e.g. retry-after). */
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** Never answers; only the client's timeout (or close()) ends the request. */
  | { kind: "hang" }
  /** 200 with a body that is not valid JSON (for stream requests, an SSE event whose data is not JSON). */
  | { kind: "malformed" }
  /** Sends the first `afterChunks` pieces of `content`, then destroys the socket (non-stream: half a JSON body). */
  | { kind: "cutStream"; content: string; afterChunks: number };

export interface ChatRequest {
  body: any;
  /** The request's messages, with array content flattened to its text parts and null content as "". */
  messages: Array<{ role: string; content: string }>;
  stream: boolean;
  /** performance.now() when the request body had been read. */
  at: number;
  headers: IncomingHttpHeaders;
  /** Size of the request body in bytes. */
  bytes: number;
  /** Characters of content sent back so far (stream requests). */
  sentChars: number;
  /** performance.now() when the client closed the connection before the response was complete, if it did. */
  abortedAt?: number;
  /** performance.now() when the first streamed chunk (the model's first token) was sent. */
  firstChunkAt?: number;
  /** performance.now() when the response was complete. */
  doneAt?: number;
}

export interface EmbeddingRequest {
  body: any;
  input: string[];
  at: number;
  headers: IncomingHttpHeaders;
}

/** Any request the server saw, whatever its route. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  at: number;
}

export interface OpenAIStandIn {
  /** e.g. http://127.0.0.1:PORT/v1, for OPENAI_BASE_URL or `configuration.baseURL`. */
  baseUrl: string;
  chatRequests: ChatRequest[];
  embeddingRequests: EmbeddingRequest[];
  /** Every request, in arrival order, including /v1/models and unknown routes. */
  requests: RecordedRequest[];
  /** Behaviours are used in order, one per chat request. */
  queueChat(...behaviours: ChatBehaviour[]): void;
  /** Forgets queued behaviours a test did not use. */
  clearChatQueue(): void;
  /** Used when the queue is empty (default: reply "OK"). */
  setDefaultChat(behaviour: ChatBehaviour): void;
  /**
   * Chooses the behaviour for a request before the queue is consulted (undefined: use the queue), so concurrent tests
   * can each script their own model by what they ask. Null removes it.
   */
  setChatRouter(router: ((req: ChatRequest) => ChatBehaviour | undefined) | null): void;
  /** Makes /v1/embeddings answer with this status (null: work normally). */
  setEmbeddingFailure(status: number | null): void;
  /** Ends every open connection (hung requests included) and stops listening. Safe to call twice. */
  close(): Promise<void>;
}

/** Length of the embedding vectors unless the request asks for `dimensions`. */
export const EMBEDDING_DIMENSIONS = 64;
const MODEL_ID = "stand-in";

/**
 * A loopback OpenAI-compatible server for tests: chat completions (plain JSON and server-sent events, forced
 * function calls for `withStructuredOutput`) and embeddings (float or base64, as the SDK asks), with scripted
 * failures. Only ever listens on 127.0.0.1.
 */
export async function startOpenAIStandIn(): Promise<OpenAIStandIn> {
  const chatRequests: ChatRequest[] = [];
  const embeddingRequests: EmbeddingRequest[] = [];
  const requests: RecordedRequest[] = [];
  const queue: ChatBehaviour[] = [];
  let fallback: ChatBehaviour = { kind: "reply", content: "OK" };
  let router: ((req: ChatRequest) => ChatBehaviour | undefined) | null = null;
  let embeddingFailure: number | null = null;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closing: Promise<void> | null = null;
  let callCounter = 0;

  /** A wait that close() cancels (the waiting handler is then simply abandoned). */
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: { message: "stand-in failure", type: "server_error" } });
      else res.destroy();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  // A client that gives up mid-response resets the socket; that is not the server's problem.
  server.on("clientError", (_err, socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const { body, ok, bytes } = await readJson(req);
    requests.push({ method: req.method ?? "", path, headers: req.headers, body, at: performance.now() });
    if (closing !== null) return void res.destroy();
    if (req.method === "POST" && (path === "/v1/chat/completions" || path === "/v1/embeddings") && !ok) {
      return json(res, 400, { error: { message: "request body is not valid JSON", type: "invalid_request_error" } });
    }
    if (req.method === "POST" && path === "/v1/chat/completions") return chat(body, req.headers, res, bytes);
    if (req.method === "POST" && path === "/v1/embeddings") return embeddings(body, req.headers, res);
    if (req.method === "GET" && path === "/v1/models") return json(res, 200, { object: "list", data: [model()] });
    if (req.method === "GET" && path === `/v1/models/${MODEL_ID}`) return json(res, 200, model());
    json(res, 404, {
      error: { message: `no route ${req.method} ${path}`, type: "invalid_request_error", code: "not_found" },
    });
  }

  async function chat(body: any, headers: IncomingHttpHeaders, res: ServerResponse, bytes: number): Promise<void> {
    const request: ChatRequest = {
      body,
      messages: (Array.isArray(body.messages) ? body.messages : []).map((m: { role?: unknown; content?: unknown }) => ({
        role: String(m.role ?? ""),
        content: textOf(m.content),
      })),
      stream: body.stream === true,
      at: performance.now(),
      headers,
      bytes,
      sentChars: 0,
    };
    chatRequests.push(request);
    res.on("close", () => {
      if (!res.writableFinished) request.abortedAt ??= performance.now();
    });
    const behaviour = router?.(request) ?? queue.shift() ?? fallback;
    const id = `chatcmpl-standin-${chatRequests.length}`;
    switch (behaviour.kind) {
      case "hang":
        return; // never answered; the client's timeout or close() ends it
      case "status":
        res.writeHead(behaviour.status, { "content-type": "application/json", ...behaviour.headers });
        res.end(
          JSON.stringify(behaviour.body ?? { error: { message: `status ${behaviour.status}`, type: "server_error" } }),
        );
        return;
      case "malformed":
        res.writeHead(200, { "content-type": request.stream ? "text/event-stream" : "application/json" });
        res.end(request.stream ? "data: {not json\n\n" : "{ this is not json");
        return;
      case "cutStream": {
        if (!request.stream) {
          res.writeHead(200, { "content-type": "application/json" });
          res.write(
            `{"id":"${id}","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"`,
          );
        } else {
          res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
          const pieces = chunk(behaviour.content).slice(0, behaviour.afterChunks);
          pieces.forEach((p, i) =>
            res.write(sse(delta(id, body, i === 0 ? { role: "assistant", content: p } : { content: p }))),
          );
        }
        await sleep(10);
        res.socket?.destroy();
        return;
      }
      case "stream": {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        let first = true;
        for (const piece of behaviour.pieces(request)) {
          if (res.destroyed || closing) return;
          if (!first && behaviour.chunkDelayMs) await sleep(behaviour.chunkDelayMs);
          const drained = res.write(
            sse(delta(id, body, first ? { role: "assistant", content: piece } : { content: piece })),
          );
          request.sentChars += piece.length;
          if (first) request.firstChunkAt = performance.now();
          first = false;
          if (!drained) await new Promise<void>((resolve) => (res.once("drain", resolve), res.once("close", resolve)));
          else await new Promise<void>((resolve) => setImmediate(resolve));
        }
        if (res.destroyed) return;
        res.write(
          sse({ ...delta(id, body, {}), choices: [{ index: 0, delta: {}, finish_reason: "stop", logprobs: null }] }),
        );
        res.end("data: [DONE]\n\n");
        request.doneAt = performance.now();
        return;
      }
      case "reply": {
        if (behaviour.delayMs) await sleep(behaviour.delayMs);
        const content = typeof behaviour.content === "function" ? behaviour.content(request) : behaviour.content;
        const usage = behaviour.usage ?? {
          prompt_tokens: Math.ceil(JSON.stringify(body.messages ?? []).length / 4),
          completion_tokens: Math.ceil(content.length / 4),
        };
        const total = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
        const forced = forcedFunction(body);
        const callId = `call_standin_${++callCounter}`;
        if (!request.stream) {
          request.firstChunkAt = request.doneAt = performance.now();
          const message =
            forced?.style === "tools"
              ? {
                  role: "assistant",
                  content: null,
                  refusal: null,
                  tool_calls: [{ id: callId, type: "function", function: { name: forced.name, arguments: content } }],
                }
              : forced?.style === "functions"
                ? {
                    role: "assistant",
                    content: null,
                    refusal: null,
                    function_call: { name: forced.name, arguments: content },
                  }
                : { role: "assistant", content, refusal: null };
          return json(res, 200, {
            id,
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model: body.model ?? MODEL_ID,
            choices: [{ index: 0, message, finish_reason: "stop", logprobs: null }],
            usage: total,
          });
        }
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        res.flushHeaders();
        if (behaviour.firstChunkDelayMs) await sleep(behaviour.firstChunkDelayMs);
        const pieces = forced ? slices(content, 8) : chunk(content);
        for (let i = 0; i < pieces.length; i++) {
          if (res.destroyed || closing) return;
          // Stalled: the connection stays open and nothing more comes.
          if (behaviour.stallAfterChunks !== undefined && i >= behaviour.stallAfterChunks) return;
          if (i > 0 && behaviour.chunkDelayMs) await sleep(behaviour.chunkDelayMs);
          const piece = pieces[i] ?? "";
          let d: Record<string, unknown>;
          if (forced?.style === "tools") {
            const call =
              i === 0
                ? { index: 0, id: callId, type: "function", function: { name: forced.name, arguments: piece } }
                : { index: 0, function: { arguments: piece } };
            d = i === 0 ? { role: "assistant", content: null, tool_calls: [call] } : { tool_calls: [call] };
          } else if (forced?.style === "functions") {
            d =
              i === 0
                ? { role: "assistant", content: null, function_call: { name: forced.name, arguments: piece } }
                : { function_call: { arguments: piece } };
          } else {
            d = i === 0 ? { role: "assistant", content: piece } : { content: piece };
          }
          res.write(sse(delta(id, body, d)));
          request.sentChars += piece.length;
          if (i === 0) request.firstChunkAt = performance.now();
        }
        if (behaviour.stallAfterChunks !== undefined) return;
        res.write(
          sse({ ...delta(id, body, {}), choices: [{ index: 0, delta: {}, finish_reason: "stop", logprobs: null }] }),
        );
        if (body.stream_options?.include_usage) res.write(sse({ ...delta(id, body, {}), choices: [], usage: total }));
        res.end("data: [DONE]\n\n");
        request.doneAt = performance.now();
        return;
      }
    }
  }

  function embeddings(body: any, headers: IncomingHttpHeaders, res: ServerResponse): void {
    const raw: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
    // Token-array inputs (numbers) are embedded as their numbers' text: deterministic, if meaningless.
    const input = raw.map((x) => (Array.isArray(x) ? x.join(" ") : String(x ?? "")));
    embeddingRequests.push({ body, input, at: performance.now(), headers });
    if (embeddingFailure) {
      return json(res, embeddingFailure, { error: { message: "embeddings unavailable", type: "server_error" } });
    }
    const dims =
      Number.isInteger(body.dimensions) && body.dimensions > 0 ? (body.dimensions as number) : EMBEDDING_DIMENSIONS;
    const data = input.map((text, index) => {
      const v = embed(text, dims);
      const embedding = body.encoding_format === "base64" ? toBase64(v) : Array.from(v);
      return { object: "embedding", index, embedding };
    });
    const tokens = input.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / 4)), 0);
    json(res, 200, {
      object: "list",
      data,
      model: body.model ?? MODEL_ID,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    chatRequests,
    embeddingRequests,
    requests,
    queueChat: (...b) => void queue.push(...b),
    clearChatQueue: () => void queue.splice(0),
    setDefaultChat: (b) => void (fallback = b),
    setChatRouter: (r) => void (router = r),
    setEmbeddingFailure: (status) => void (embeddingFailure = status),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      })),
  };
}

function model() {
  return { id: MODEL_ID, object: "model", created: 0, owned_by: "tests" };
}

/** The function a request forces the model to call, if any. */
function forcedFunction(body: any): { name: string; style: "tools" | "functions" } | null {
  const choice = body.tool_choice;
  if (Array.isArray(body.tools) && choice && typeof choice === "object" && typeof choice.function?.name === "string") {
    return { name: choice.function.name, style: "tools" };
  }
  const legacy = body.function_call;
  if (Array.isArray(body.functions) && legacy && typeof legacy === "object" && typeof legacy.name === "string") {
    return { name: legacy.name, style: "functions" };
  }
  return null;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content.map((p) => (typeof p === "string" ? p : typeof p?.text === "string" ? p.text : "")).join("");
  return "";
}

/**
 * Several small pieces, so a streaming client sees the answer grow: three words at a time, or, for text
 * without spaces (JSON, one long word), a few characters at a time.
 */
function chunk(content: string): string[] {
  const words = content.match(/\S+\s*|\s+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 3) out.push(words.slice(i, i + 3).join(""));
  if (out.length === 1 && content.length > 16) return slices(content, Math.max(4, Math.ceil(content.length / 4)));
  return out.length ? out : [""];
}

function slices(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [""];
}

function delta(id: string, body: any, d: Record<string, unknown>) {
  return {
    id,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? MODEL_ID,
    choices: [{ index: 0, delta: d, finish_reason: null, logprobs: null }],
  };
}

function sse(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/** A deterministic hashed bag of words, L2-normalised: texts sharing words point the same way. */
export function embed(text: string, dims = EMBEDDING_DIMENSIONS): Float32Array {
  const v = new Float32Array(dims);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = 2166136261; // FNV-1a
    for (const c of word) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
    const slot = Math.abs(h) % dims;
    v[slot] = (v[slot] ?? 0) + 1;
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return v.map((x) => x / norm);
}

/** Little-endian float32s, base64-encoded: what the SDK decodes for `encoding_format: "base64"`. */
function toBase64(v: Float32Array): string {
  const buf = Buffer.alloc(v.length * 4);
  v.forEach((x, i) => buf.writeFloatLE(x, i * 4));
  return buf.toString("base64");
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<{ body: any; ok: boolean; bytes: number }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const buffer = Buffer.concat(chunks);
  const text = buffer.toString("utf8");
  if (!text) return { body: {}, ok: true, bytes: 0 };
  try {
    return { body: JSON.parse(text), ok: true, bytes: buffer.length };
  } catch {
    return { body: text, ok: false, bytes: buffer.length };
  }
}
