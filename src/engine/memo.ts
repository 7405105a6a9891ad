import type { Answer } from "./types.js";

/** Questions that differ only in case, spacing or trailing punctuation are the same question. */
export function normaliseQuestion(q: string): string {
  return q.toLowerCase().replace(/[\s?!.]+$/g, "").replace(/\s+/g, " ").trim();
}

/** A bounded least-recently-used map of answers by normalised question. */
export class AnswerMemo {
  private readonly entries = new Map<string, Answer>();

  constructor(private readonly max: number) {}

  get(question: string): Answer | undefined {
    const key = normaliseQuestion(question);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(question: string, answer: Answer): void {
    this.entries.set(normaliseQuestion(question), answer);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
