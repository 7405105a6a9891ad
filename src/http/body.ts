import type { IncomingMessage } from "node:http";

export type BodyRead = { kind: "body"; body: Buffer } | { kind: "too_large" } | { kind: "aborted" };

/**
 * The request's body, read only up to `maxBytes`: a declared length over the cap is refused before a byte is read,
 * and a body that grows past it is left unread from there on. Nothing beyond the cap is ever held in memory.
 */
export function readCappedBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return Promise.resolve({ kind: "too_large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off("data", onData).off("end", onEnd).off("error", onClose).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.pause();
      finish({ kind: "too_large" });
    };
    const onEnd = () => finish({ kind: "body", body: Buffer.concat(chunks, size) });
    const onClose = () => finish({ kind: "aborted" });
    req.on("data", onData).on("end", onEnd).on("error", onClose).on("close", onClose);
  });
}
