import { type AddressPolicy, checkHost } from "./address.js";
import { IngestError } from "./errors.js";

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
      await checkHost(url, limits.allowed);
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: "manual",
          signal: controller.signal,
          headers: { "user-agent": "storybot knowledge:add", accept: "text/html,application/pdf;q=0.9,*/*;q=0.1" },
        });
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        throw new IngestError(`cannot fetch ${url.host}: ${describeNetworkError(error)}`, { cause: error });
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects)
          throw new IngestError(`more than ${limits.maxRedirects} redirects from ${start.href}: refused`);
        url = new URL(location, url);
        if (url.protocol !== "http:" && url.protocol !== "https:")
          throw new IngestError(`redirected to a ${url.protocol} address: refused`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(`${url.href} answered ${response.status} ${response.statusText}`.trim());
      }
      const { type, charset } = contentType(response.headers.get("content-type"));
      if (!type) {
        await response.body?.cancel();
        throw new IngestError(
          `${url.href} is ${response.headers.get("content-type") ?? "of no declared type"}, not an HTML page or a PDF`,
        );
      }
      const declared = Number(response.headers.get("content-length") ?? 0);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
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

function tooLarge(url: URL, max: number): IngestError {
  return new IngestError(`${url.href} is larger than ${Math.round(max / 1024 / 1024)} MB: refused`);
}

async function readCapped(response: Response, max: number, url: URL): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(url, max);
    }
    chunks.push(value);
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
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
