/** One line of a paragraph diff: kept, or removed from the file, or added by the page. */
export interface DiffLine {
  op: " " | "-" | "+";
  text: string;
}

/**
 * Paragraph-level diff (longest common subsequence): sources are a few hundred paragraphs at most, so the quadratic
 * table is small, and a changed paragraph reads as one removed and one added, which is what an operator checks.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push({ op: " ", text: before[i++]! });
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push({ op: "+", text: after[j++]! });
    else out.push({ op: "-", text: before[i++]! });
  }
  return out;
}

/** The changes only, each paragraph cut to a line, for a short report. */
export function formatChanges(diff: readonly DiffLine[], width = 160): string[] {
  return diff
    .filter((d) => d.op !== " ")
    .map((d) => `  ${d.op} ${d.text.length > width ? `${d.text.slice(0, width - 1)}…` : d.text}`);
}
