import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/metrics/registry.js";
import { MetricsPortError, type MetricsServer, serveMetrics } from "../../src/metrics/server.js";

let server: MetricsServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(health: () => Record<string, boolean>) {
  const metrics = createMetrics();
  server = await serveMetrics({ host: "127.0.0.1", port: 0, registry: metrics.registry, health });
  return { metrics, url: server.url };
}

describe("the metrics server", () => {
  it("answers /healthz with 503 and the part that is down while any part is down", async () => {
    const { url } = await serve(() => ({ discord: true, store: false }));
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "down", discord: true, store: false });
  });

  it("answers /healthz with 200 once every part is up, reading the parts at each request", async () => {
    let up = false;
    const { url } = await serve(() => ({ discord: up, store: true }));
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
    up = true;
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "up", discord: true, store: true });
  });

  it("serves the metrics in Prometheus' text format on /metrics", async () => {
    const { metrics, url } = await serve(() => ({}));
    metrics.interactions.inc({ command: "ask", outcome: "answered" });
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toContain('storybot_interactions_total{command="ask",outcome="answered"} 1');
  });

  it("answers any other path with 404", async () => {
    const { url } = await serve(() => ({}));
    expect((await fetch(`${url}/admin`)).status).toBe(404);
  });

  it("answers a method other than GET or HEAD with 405", async () => {
    const { url } = await serve(() => ({}));
    const response = await fetch(`${url}/metrics`, { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("refuses a port another process holds with an error naming METRICS_PORT", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const started = serveMetrics({ host: "127.0.0.1", port, registry: createMetrics().registry, health: () => ({}) });
      await expect(started).rejects.toBeInstanceOf(MetricsPortError);
      await expect(started).rejects.toThrow(/METRICS_PORT: .*EADDRINUSE.*choose another METRICS_PORT/);
    } finally {
      holder.close();
    }
  });
});
