/** Questions that differ only in case, spacing or trailing punctuation are the same question. */
export function normaliseQuestion(q: string): string {
  return q
    .toLowerCase()
    .replace(/[\s?!.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
