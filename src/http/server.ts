import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../log.js";
import { readCappedBody } from "./body.js";
import { refuseUnsigned } from "./gate.js";
import { type RawInteraction, readInteraction } from "./payload.js";
import { ReplayGuard } from "./replayGuard.js";
import { publicKeyFromHex } from "./signature.js";

/** Discord's interactions are a few KB; the cap keeps a stranger from making the bot buffer more. */
const MAX_BODY_BYTES = 1024 * 1024;
/** A signed request older (or further ahead) than this is refused: a captured request cannot be replayed later. */
const SIGNATURE_WINDOW_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface InteractionsServerOptions {
  /** DISCORD_PUBLIC_KEY, 64 hex characters. */
  publicKey: string;
  /** Hands a verified interaction (never a PING) to the bot; a throw means the bot could not read it. */
  dispatch: (interaction: RawInteraction) => void;
  log: Logger;
  now?: () => number;
}

/**
 * Discord's interactions endpoint: every request is checked, cheapest first, before anything of the bot's runs:
 * method, content type, size, then the Ed25519 signature, its timestamp and its novelty. A PING is answered
 * in the response; anything else is handed to the bot and acknowledged with an empty 202, as Discord asks of an
 * app that answers through the callback endpoint (the command code replies through REST, as over the gateway).
 */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
  const check = {
    key: publicKeyFromHex(options.publicKey),
    replays: new ReplayGuard(SIGNATURE_WINDOW_MS),
    windowMs: SIGNATURE_WINDOW_MS,
    now: options.now ?? Date.now,
  };
  const refuse = (res: ServerResponse, status: number, reason: string, headers: Record<string, string> = {}) => {
    options.log("interaction_refused", { status, reason }, "info");
    send(res, status, { message: reason.replaceAll("_", " ") }, headers);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") return refuse(res, 405, "method_not_allowed", { allow: "POST" });
    if (!isJson(req.headers["content-type"])) return refuse(res, 415, "content_type_not_json");
    const read = await readCappedBody(req, MAX_BODY_BYTES);
    if (read.kind === "aborted") return;
    // The rest of an oversized body is never read: the connection is closed once the refusal is sent.
    if (read.kind === "too_large") return refuse(res, 413, "body_too_large", { connection: "close" });
    const refusal = refuseUnsigned(req.headers, read.body, check);
    if (refusal) return refuse(res, 401, `signature_${refusal}`);
    let json: unknown;
    try {
      json = JSON.parse(read.body.toString("utf8"));
    } catch {
      return refuse(res, 400, "body_not_json");
    }
    const interaction = readInteraction(json);
    if (!interaction) return refuse(res, 400, "not_an_interaction");
    if (interaction === "ping") return send(res, 200, { type: 1 });
    try {
      options.dispatch(interaction);
    } catch (error) {
      options.log("interaction_unreadable", { error: error instanceof Error ? error.message : String(error) }, "error");
      return send(res, 500, { message: "interaction not handled" });
    }
    res.writeHead(202).end();
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.log("http_error", { error: error instanceof Error ? error.message : String(error) }, "error");
      if (!res.headersSent) send(res, 500, { message: "internal error" });
    });
  });
  // Discord sends a few KB at once; a client that trickles its request (holding a connection and a buffer) is cut
  // off long before Node's default of five minutes.
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return server;
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}
