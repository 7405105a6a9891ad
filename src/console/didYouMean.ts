/**
 * Edits (insertions, deletions, substitutions, and a swap of two neighbouring letters) that turn `a` into `b`:
 * the optimal string alignment distance. Swaps count once, since "/sourcse" is one slip, not two.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * The known name a mistyped one was most likely meant to be, or null when none is close. Close means one slip in a
 * short name and two in a longer one: more than that and the guess is as likely wrong as right ("/dance" is no
 * "/check").
 */
export function closestName(typed: string, names: readonly string[]): string | null {
  const word = typed.toLowerCase();
  if (!word) return null;
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const distance = editDistance(word, name.toLowerCase());
    const allowed = name.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}
