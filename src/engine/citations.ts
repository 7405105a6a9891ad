/**
 * After some excerpts were dropped, points each [n] in `text` at the excerpt's new number, and removes markers whose
 * excerpt is gone. `kept[i]` is the old 0-based index of the new excerpt i.
 */
export function renumberCitations(text: string, kept: readonly number[]): string {
  const map = new Map(kept.map((old, i) => [old + 1, i + 1]));
  return text.replace(/\s?\[(\d+)\]/g, (m, n: string) => {
    const to = map.get(Number(n));
    return to ? m.replace(n, String(to)) : "";
  });
}

/** Numbers excerpts in the order the answer first cites them ([1] first), uncited excerpts last. */
export function orderByCitation<T>(answer: string, excerpts: readonly T[]): { answer: string; excerpts: T[] } {
  const order: number[] = [];
  for (const m of answer.matchAll(/\[(\d+)\]/g)) {
    const i = Number(m[1]) - 1;
    if (i >= 0 && i < excerpts.length && !order.includes(i)) order.push(i);
  }
  for (let i = 0; i < excerpts.length; i++) if (!order.includes(i)) order.push(i);
  if (order.every((old, i) => old === i)) return { answer, excerpts: [...excerpts] };
  return { answer: renumberCitations(answer, order), excerpts: order.map((i) => excerpts[i]!) };
}

/**
 * Prose still being written, without its [n] markers: they number the prompt's passages, and only verification
 * decides which survive and what they become, so a reader would see them change between the stream and the answer.
 */
export function withoutCitations(prose: string): string {
  return prose.replace(/\s?\[\d*\]?$/, "").replace(/\s?\[\d+\]/g, "");
}
