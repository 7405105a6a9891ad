import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the stand-in does with the next chat completion request. */
export type ChatBehaviour =
  | {
      kind: "reply";
      content: string | ((req: ChatRequest) => string);
      /** Wait before answering at all. */
      delayMs?: number;
      /** Wait between streamed chunks, as a model generating tokens would. */
      chunkDelayMs?: number;
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: "hang" }
  | { kind: "malformed" }
  | { kind: "cutStream"; content: string; afterChunks: number };

export interface ChatRequest {
  body: any;
  messages: Array<{ role: string; content: string }>;
  stream: boolean;
  at: number;
  /** performance.now() when the first streamed chunk (the model's first token) was sent. */
  firstChunkAt?: number;
  /** performance.now() when the response was complete. */
  doneAt?: number;
}

export interface OpenAIStandIn {
  /** e.g. http://127.0.0.1:PORT/v1, for OPENAI_BASE_URL or `configuration.baseURL`. */
  baseUrl: string;
  chatRequests: ChatRequest[];
  embeddingRequests: Array<{ body: any; input: string[]; at: number }>;
  /** Behaviours are used in order, one per chat request. */
  queueChat(...behaviours: ChatBehaviour[]): void;
  /** Forgets queued behaviours a test did not use. */
  clearChatQueue(): void;
  /** Used when the queue is empty (default: reply "OK"). */
  setDefaultChat(behaviour: ChatBehaviour): void;
  /** Makes /v1/embeddings answer with this status (null: work normally). */
  setEmbeddingFailure(status: number | null): void;
  close(): Promise<void>;
}

const DIMENSIONS = 64;

/**
 * A loopback OpenAI-compatible server for tests: chat completions (plain JSON and server-sent events) and
 * embeddings (float or base64, as the SDK asks), with scripted failures. Only ever listens on 127.0.0.1.
 */
export async function startOpenAIStandIn(): Promise<OpenAIStandIn> {
  const chatRequests: ChatRequest[] = [];
  const embeddingRequests: OpenAIStandIn["embeddingRequests"] = [];
  const queue: ChatBehaviour[] = [];
  let fallback: ChatBehaviour = { kind: "reply", content: "OK" };
  let embeddingFailure: number | null = null;
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: { message: "stand-in failure" } });
      else res.destroy();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && path === "/v1/chat/completions") return chat(body, res);
    if (req.method === "POST" && path === "/v1/embeddings") return embeddings(body, res);
    if (req.method === "GET" && path === "/v1/models") return json(res, 200, { object: "list", data: [{ id: "stand-in", object: "model", owned_by: "tests" }] });
    json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: "invalid_request_error" } });
  }

  async function chat(body: any, res: ServerResponse): Promise<void> {
    const request: ChatRequest = {
      body,
      messages: (body.messages ?? []).map((m: { role: string; content: unknown }) => ({ role: m.role, content: textOf(m.content) })),
      stream: body.stream === true,
      at: performance.now(),
    };
    chatRequests.push(request);
    const behaviour = queue.shift() ?? fallback;
    switch (behaviour.kind) {
      case "hang":
        return; // never answered; close() destroys the socket
      case "status":
        res.writeHead(behaviour.status, { "content-type": "application/json", ...behaviour.headers });
        res.end(JSON.stringify(behaviour.body ?? { error: { message: `status ${behaviour.status}` } }));
        return;
      case "malformed":
        res.writeHead(200, { "content-type": request.stream ? "text/event-stream" : "application/json" });
        res.end(request.stream ? "data: {not json\n\n" : "{ this is not json");
        return;
      case "cutStream": {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const pieces = chunk(behaviour.content);
        pieces.slice(0, behaviour.afterChunks).forEach((p, i) => res.write(sse(delta(body, i === 0 ? { role: "assistant", content: p } : { content: p }))));
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      case "reply": {
        if (behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs));
        const content = typeof behaviour.content === "function" ? behaviour.content(request) : behaviour.content;
        const usage = behaviour.usage ?? { prompt_tokens: Math.ceil(JSON.stringify(body.messages ?? []).length / 4), completion_tokens: Math.ceil(content.length / 4) };
        const total = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
        if (!request.stream) {
          request.firstChunkAt = request.doneAt = performance.now();
          return json(res, 200, {
            id: "chatcmpl-standin",
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model: body.model ?? "stand-in",
            choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
            usage: total,
          });
        }
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        const pieces = chunk(content);
        for (let i = 0; i < pieces.length; i++) {
          if (i > 0 && behaviour.chunkDelayMs) await new Promise((r) => setTimeout(r, behaviour.chunkDelayMs));
          res.write(sse(delta(body, i === 0 ? { role: "assistant", content: pieces[i] } : { content: pieces[i] })));
          if (i === 0) request.firstChunkAt = performance.now();
        }
        res.write(sse({ ...delta(body, {}), choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
        if (body.stream_options?.include_usage) res.write(sse({ ...delta(body, {}), choices: [], usage: total }));
        res.end("data: [DONE]\n\n");
        request.doneAt = performance.now();
        return;
      }
    }
  }

  function embeddings(body: any, res: ServerResponse): void {
    const input: string[] = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
    embeddingRequests.push({ body, input, at: performance.now() });
    if (embeddingFailure) return json(res, embeddingFailure, { error: { message: "embeddings unavailable" } });
    const data = input.map((text, index) => {
      const v = embed(text);
      const embedding = body.encoding_format === "base64" ? Buffer.from(v.buffer).toString("base64") : Array.from(v);
      return { object: "embedding", index, embedding };
    });
    json(res, 200, { object: "list", data, model: body.model, usage: { prompt_tokens: input.length, total_tokens: input.length } });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    chatRequests,
    embeddingRequests,
    queueChat: (...b) => void queue.push(...b),
    clearChatQueue: () => void queue.splice(0),
    setDefaultChat: (b) => void (fallback = b),
    setEmbeddingFailure: (status) => void (embeddingFailure = status),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? "").join("");
  return "";
}

/** Several small pieces, so a streaming client sees the answer grow. */
function chunk(content: string): string[] {
  const pieces = content.match(/\S+\s*|\s+/g) ?? [""];
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 3) out.push(pieces.slice(i, i + 3).join(""));
  return out.length ? out : [""];
}

function delta(body: any, d: Record<string, unknown>) {
  return { id: "chatcmpl-standin", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: body.model ?? "stand-in", choices: [{ index: 0, delta: d, finish_reason: null }] };
}

function sse(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/** A deterministic bag-of-words vector: texts sharing words point the same way. */
function embed(text: string): Float32Array {
  const v = new Float32Array(DIMENSIONS);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = 2166136261;
    for (const c of word) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
    v[Math.abs(h) % DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}
