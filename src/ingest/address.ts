import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { IngestError } from "./errors.js";

/**
 * Addresses a fetch must never reach unless the operator says so: a page could otherwise make the bot read the
 * machine it runs on (loopback), its network (private ranges), or a cloud's metadata service (link-local).
 */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

/** True for loopback, private, link-local, unspecified and multicast addresses, IPv4-mapped IPv6 included. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, "ipv4");
  if (family !== 6) return true;
  // ::ffff:127.0.0.1 (or its hex form ::ffff:7f00:1) is 127.0.0.1 to the network stack.
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(bare)?.[1];
  if (mapped) return isPrivateAddress(mapped.includes(".") ? mapped : hexToIpv4(mapped));
  return PRIVATE.check(bare, "ipv6");
}

function hexToIpv4(hex: string): string {
  const [hi = 0, lo = 0] = hex.split(":").map((h) => Number.parseInt(h, 16));
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** Reads an address the operator typed: http(s) only, and no user name or password (they would end up in the file). */
export function parseSourceUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IngestError(`"${text}" is not a URL: give the page's full address, starting with https://`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new IngestError(`${url.protocol} addresses are not fetched: give an http:// or https:// address`);
  if (url.username || url.password)
    throw new IngestError("the URL carries a user name or password: give the page's public address without them");
  return url;
}

/** Which addresses a fetch may connect to; tests narrow it to their own loopback server. */
export type AddressPolicy = (address: string) => boolean;

export const publicOnly: AddressPolicy = (address) => !isPrivateAddress(address);
export const anyAddress: AddressPolicy = () => true;

/** Resolves the host and refuses it unless every address it has is allowed (one bad answer is enough to refuse). */
export async function checkHost(url: URL, allowed: AddressPolicy): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "failed";
    throw new IngestError(`cannot resolve ${host} (DNS: ${code}): check the address`);
  }
  const refused = addresses.find((a) => !allowed(a));
  if (refused) throw refusedAddress(host, refused);
}

export function refusedAddress(host: string, address: string): IngestError {
  return new IngestError(
    `${host} resolves to ${address}, a private, loopback or link-local address: refused (--allow-private allows it)`,
  );
}
