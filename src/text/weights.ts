/**
 * How much a search term says: inverse document frequency over the story's passages. The one place IDF is
 * computed; answers, fact checks, the summary and coverage all weigh terms with it.
 */
export class TermWeights {
  constructor(
    private readonly df: ReadonlyMap<string, number>,
    readonly passageCount: number,
  ) {}

  /** How many passages contain the term (0 when the story never uses it). */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Rarer terms weigh more; a term the story never uses weighs as much as one found in a single passage. */
  idf(term: string): number {
    return Math.log(1 + Math.max(this.passageCount, 1) / Math.max(this.frequency(term), 1));
  }

  known(term: string): boolean {
    return this.frequency(term) > 0;
  }
}
