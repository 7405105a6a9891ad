import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** DER header of an Ed25519 SubjectPublicKeyInfo: what node:crypto needs around the raw 32-byte key Discord shows. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;

/** The key object for the application's Public Key, as the developer portal shows it (64 hex characters). */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

/**
 * Whether Discord signed this request: the signature covers the timestamp header followed by the raw body, exactly
 * as received. A signature that is not 64 bytes of hex is simply not a valid one.
 */
export function isSignedBy(key: KeyObject, signatureHex: string, timestamp: string, body: Buffer): boolean {
  if (!SIGNATURE_HEX.test(signatureHex)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signatureHex, "hex"));
}
