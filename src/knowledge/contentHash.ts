import { createHash } from "node:crypto";

/**
 * The hash a fetched source records of its own body, so a later hand edit shows: the text of a `source` is quoted
 * as the publisher's words, and a file that no longer matches what was fetched can no longer claim to be them.
 * Line endings are ignored (an editor on Windows may rewrite them); every other character counts.
 */
export function bodyHash(body: string): string {
  return `sha256:${createHash("sha256").update(body.replace(/\r\n/g, "\n")).digest("hex")}`;
}
