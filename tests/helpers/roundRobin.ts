import { createServer, request } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A load balancer in front of several HTTP-mode bots, as an operator would run one: each request to the next. */
export interface RoundRobin {
  /** Where Discord would send interactions: http://127.0.0.1:PORT/ */
  url: string;
  /** How many requests each backend was sent, in the order the backends were given. */
  served: number[];
  close(): Promise<void>;
}

/**
 * Starts a round-robin reverse proxy on a free 127.0.0.1 port. The request (method, path, headers, raw body) is
 * passed on byte for byte, so the backends see exactly what was signed; a backend that cannot be reached is a 502.
 */
export async function startRoundRobin(backends: readonly string[]): Promise<RoundRobin> {
  const served = backends.map(() => 0);
  let next = 0;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const index = next++ % backends.length;
    served[index]!++;
    const target = new URL(req.url ?? "/", backends[index]);
    const upstream = request(
      target,
      // A connection per request, as the sender makes: no kept socket for a backend to close as it is reused.
      { method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
