import { askedFacts } from "../understanding/askedFacts.js";
import type { Understanding } from "../understanding/understand.js";
import type { Candidate } from "./candidate.js";
import { namedSubject, says } from "./figureFit.js";

/**
 * 1 when the question asks for a kind of fact that no chosen sentence says together with the question's subject:
 * "how much is the founder worth" answered with a sentence on a share price, or "what is AMD's market cap" with
 * NVIDIA's. 0 when it asks for no such kind, or a sentence carries it for the subject asked about.
 */
export function askedFactUnsaid(u: Understanding, chosen: readonly Candidate[]): number {
  const kinds = askedFacts(u);
  if (kinds.length === 0) return 0;
  const subject = namedSubject(u);
  const carries = (c: Candidate, kind: RegExp) => kind.test(c.sentence.text) && subject.every((g) => says(c.terms, g));
  return kinds.every((k) => chosen.some((c) => carries(c, k))) ? 0 : 1;
}
