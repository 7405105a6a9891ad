import { type LookupAddress, lookup } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { AddressPolicy } from "./address.js";

/** The connection's own name resolution found an address the policy refuses. */
export class RefusedAddress extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}`);
  }
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * One GET, with the address policy applied inside the connection's own DNS lookup: the address checked is the one
 * connected to, so a name that resolves to a public address for the check and a private one a moment later (DNS
 * rebinding) is still refused.
 */
export function get(
  url: URL,
  options: { signal: AbortSignal; allowed: AddressPolicy; headers: Record<string, string> },
): Promise<IncomingMessage> {
  const guardedLookup = (host: string, opts: { all?: boolean }, callback: LookupCallback) =>
    lookup(host, { ...opts, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !options.allowed(a.address));
      if (refused) return callback(new RefusedAddress(host, refused.address), []);
      if (opts.all) return callback(null, addresses);
      callback(null, addresses[0]?.address ?? "", addresses[0]?.family);
    });
  return new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      url,
      { signal: options.signal, headers: options.headers, lookup: guardedLookup as never },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** The body as sent, decompressed when the server compressed it (the size cap counts what is decompressed). */
export function bodyOf(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}
