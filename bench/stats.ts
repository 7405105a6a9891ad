export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Peak resident memory seen so far, sampled by whoever calls `sample`. */
export class PeakRss {
  peak = process.memoryUsage().rss;
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  get mb(): number {
    return round(this.peak / 1024 / 1024, 1);
  }
}
