/**
 * A pure function of a string, remembered for up to `max` arguments, then started afresh. Cheaper per read than an
 * LRU cache: the hot paths (a question's words, stems, spellings) read it several times per word, and what falls
 * out when it fills is simply computed again.
 */
export function remembered<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      value = compute(key);
      if (kept.size >= max) kept.clear();
      kept.set(key, value);
    }
    return value as T;
  };
}
