import type { KeyObject } from "node:crypto";
import type { ReplayGuard } from "./replayGuard.js";
import { isSignedBy } from "./signature.js";

/** Why a request was refused with 401; logged, never shown to the sender beyond the status. */
export type SignatureRefusal = "unsigned" | "bad_timestamp" | "stale" | "future" | "forged" | "replayed";

export interface SignatureCheck {
  key: KeyObject;
  replays: ReplayGuard;
  /** How far a request's timestamp may be from this machine's clock, either way. */
  windowMs: number;
  now: () => number;
}

/**
 * Whether a request really comes from Discord, now, for the first time: null when it does, otherwise why not. The
 * timestamp is checked before the signature (it is cheaper), and a signature is remembered only once it verifies,
 * so forged requests cannot fill the replay memory.
 */
export function refuseUnsigned(
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
  check: SignatureCheck,
): SignatureRefusal | null {
  const signature = headers["x-signature-ed25519"];
  const timestamp = headers["x-signature-timestamp"];
  if (typeof signature !== "string" || typeof timestamp !== "string") return "unsigned";
  if (!/^\d{1,12}$/.test(timestamp)) return "bad_timestamp";
  const skew = check.now() - Number(timestamp) * 1000;
  if (skew > check.windowMs) return "stale";
  if (skew < -check.windowMs) return "future";
  if (!isSignedBy(check.key, signature, timestamp, body)) return "forged";
  if (!check.replays.firstSighting(signature)) return "replayed";
  return null;
}
