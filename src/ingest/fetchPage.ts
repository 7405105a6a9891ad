import type { IncomingMessage } from "node:http";
import { type AddressPolicy, checkHost, refusedAddress } from "./address.js";
import { IngestError } from "./errors.js";
import { bodyOf, get, RefusedAddress } from "./request.js";

export interface FetchLimits {
  /** Whole fetch, redirects included. */
  timeoutMs: number;
  /** Largest body read; a longer one is abandoned mid-stream. */
  maxBytes: number;
  maxRedirects: number;
  allowed: AddressPolicy;
}

export const DEFAULT_LIMITS: Omit<FetchLimits, "allowed"> = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: URL;
  /** "html" or "pdf": anything else is refused before its body is read. */
  type: "html" | "pdf";
  /** The charset the server declared, if any. */
  charset: string | null;
  bytes: Uint8Array;
}

const HTML = /^(text\/html|application\/xhtml\+xml)$/;

/**
 * Fetches one page with every hop checked: each redirect target is resolved and held to the same address policy
 * (a public page may redirect to an internal one), redirects are capped, and the body is read as a stream so an
 * oversized response is abandoned at the cap instead of filling memory.
 */
export async function fetchPage(start: URL, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = () =>
    new IngestError(`${start.host} did not answer within ${limits.timeoutMs / 1000} s: try again later`);
  try {
    let url = start;
    for (let hop = 0; ; hop++) {
      // Checked before connecting for a clear refusal (and for addresses written as numbers, which are never looked
      // up); checked again by the connection's own lookup (request.ts).
      await checkHost(url, limits.allowed);
      let response: IncomingMessage;
      try {
        response = await get(url, { signal: controller.signal, allowed: limits.allowed, headers: HEADERS });
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        if (error instanceof RefusedAddress) throw refusedAddress(error.host, error.address);
        throw new IngestError(`cannot fetch ${url.host}: ${describeNetworkError(error)}`, { cause: error });
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hop >= limits.maxRedirects)
          throw new IngestError(`more than ${limits.maxRedirects} redirects from ${start.href}: refused`);
        url = new URL(location, url);
        if (url.protocol !== "http:" && url.protocol !== "https:")
          throw new IngestError(`redirected to a ${url.protocol} address: refused`);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new IngestError(`${url.href} answered ${status} ${response.statusMessage ?? ""}`.trim());
      }
      const declaredType = response.headers["content-type"] ?? null;
      const { type, charset } = contentType(declaredType);
      if (!type) {
        response.destroy();
        throw new IngestError(`${url.href} is ${declaredType ?? "of no declared type"}, not an HTML page or a PDF`);
      }
      if (Number(response.headers["content-length"] ?? 0) > limits.maxBytes) {
        response.destroy();
        throw tooLarge(url, limits.maxBytes);
      }
      const bytes = await readCapped(response, limits.maxBytes, url).catch((error) => {
        throw controller.signal.aborted ? timedOut() : error;
      });
      return { url, type, charset, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

const HEADERS = { "user-agent": "storybot knowledge:add", accept: "text/html,application/pdf;q=0.9,*/*;q=0.1" };

function tooLarge(url: URL, max: number): IngestError {
  return new IngestError(`${url.href} is larger than ${Math.round(max / 1024 / 1024)} MB: refused`);
}

async function readCapped(response: IncomingMessage, max: number, url: URL): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  const body = bodyOf(response);
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > max) throw tooLarge(url, max);
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks);
}

function contentType(header: string | null): { type: "html" | "pdf" | null; charset: string | null } {
  const [mime = "", ...params] = (header ?? "").split(";").map((p) => p.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.replace(/^charset=["']?|["']$/gi, "") ?? null;
  const m = mime.toLowerCase();
  return { type: HTML.test(m) ? "html" : m === "application/pdf" ? "pdf" : null, charset };
}

function describeNetworkError(error: unknown): string {
  const e = error as { code?: string; cause?: { code?: string }; message?: string };
  return e.code ?? e.cause?.code ?? e.message ?? String(error);
}
