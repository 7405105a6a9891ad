import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { request } from "node:http";
import type { DiscordStandIn, InteractionInput } from "./discordStandIn.js";

/*
 * Discord's side of HTTP interactions for the tests: an Ed25519 key pair like an application's, and a client that
 * POSTs the stand-in's INTERACTION_CREATE payloads to a bot's interactions endpoint, signed the way Discord signs
 * them (the timestamp header followed by the raw body). The stand-in remembers each payload it built, so its REST
 * side answers and records the bot's callbacks, follow-ups and edits as it does for the gateway.
 */

/** An application's signing keys: `publicKeyHex` is what the developer portal shows as its Public Key. */
export interface SigningKeys {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function signingKeys(): SigningKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x!;
  return { publicKeyHex: Buffer.from(x, "base64url").toString("hex"), privateKey };
}

/** The X-Signature-Ed25519 header for a body sent at `timestamp` (Unix seconds, as a string). */
export function signature(keys: SigningKeys, timestamp: string, body: string | Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), keys.privateKey).toString("hex");
}

/** Unix seconds now, as Discord puts it in X-Signature-Timestamp. */
export const nowSeconds = (offsetSeconds = 0) => String(Math.floor(Date.now() / 1000) + offsetSeconds);

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The response body as text ("" when none). */
  text: string;
}

/** One HTTP request, headers exactly as given (none added but Content-Length); resolves on the whole response. */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // A connection of its own (no keep-alive): a kept socket the server closes as idle just as a request reuses it
    // is reset with no answer, which under load hung a whole file for its hook's 10 minutes.
    const req = request(url, { method: opts.method ?? "POST", headers: opts.headers ?? {}, agent: false }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on("error", reject);
    });
    // A server that refuses a body part-way (413) may close before all of it is written: the answer still counts.
    let failure: NodeJS.ErrnoException | null = null;
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
      else failure = error;
    });
    // Closed with no answer at all: a failure to report, never a promise left waiting for ever.
    req.on("close", () => {
      if (!answered) reject(failure ?? new Error(`${url}: the connection closed with no answer`));
    });
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

export interface SentInteraction extends HttpAnswer {
  id: string;
  token: string;
  /** performance.now() when the request was sent, to time the bot's first response from. */
  sentAt: number;
}

/** Sends interactions to the bot at `url` (its interactions endpoint) as Discord would, signed with `keys`. */
export function signedSender(discord: DiscordStandIn, url: string, keys: SigningKeys) {
  return {
    /** Builds the interaction in the stand-in (as sendInteraction does), then POSTs it signed. */
    async send(input: InteractionInput): Promise<SentInteraction> {
      const payload = discord.createInteraction(input);
      const body = JSON.stringify(payload);
      const timestamp = nowSeconds();
      const sentAt = performance.now();
      const answer = await rawRequest(url, {
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": signature(keys, timestamp, body),
          "x-signature-timestamp": timestamp,
        },
        body,
      });
      return { ...answer, id: payload.id, token: payload.token, sentAt };
    },
  };
}
