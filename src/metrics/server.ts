import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import { StorybotError } from "../errors.js";

export interface MetricsServer {
  /** Where it listens, e.g. http://127.0.0.1:9464 (the real port when METRICS_PORT=0). */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  host: string;
  port: number;
  registry: Registry;
  /** Each part the bot needs (the connection to Discord, the store) and whether it is up now. */
  health: () => Record<string, boolean>;
}

/** The metrics port cannot be used (taken, or a host this machine does not have); the message says which and why. */
export class MetricsPortError extends StorybotError {
  constructor(message: string, cause: unknown) {
    super("metrics", message, { cause });
  }
}

/**
 * Serves /metrics (Prometheus' text format) and /healthz (200 when every part is up, else 503, with each part in
 * a small JSON body) over plain node:http: two read-only pages need no framework.
 */
export async function serveMetrics(options: ServeOptions): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    void answer(request, response, options).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("metrics could not be collected\n");
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new MetricsPortError(
      `METRICS_PORT: cannot serve metrics on ${options.host}:${options.port} (${code}). ${
        code === "EADDRINUSE"
          ? "Another process uses that port: choose another METRICS_PORT."
          : "Check METRICS_HOST and METRICS_PORT."
      }`,
      error,
    );
  }
  // The bot decides when the process ends; a scrape in progress must not keep it alive.
  server.unref();
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, options: ServeOptions): Promise<void> {
  const path = new URL(request.url ?? "/", "http://metrics").pathname;
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
    response.end("GET /metrics or /healthz\n");
    return;
  }
  if (path === "/metrics") {
    const text = await options.registry.metrics();
    response.writeHead(200, { "content-type": options.registry.contentType, "cache-control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : text);
    return;
  }
  if (path === "/healthz") {
    const parts = options.health();
    const up = Object.values(parts).every(Boolean);
    response.writeHead(up ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(
      request.method === "HEAD" ? undefined : `${JSON.stringify({ status: up ? "up" : "down", ...parts })}\n`,
    );
    return;
  }
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  response.end("Not found: this port serves /metrics and /healthz\n");
}
