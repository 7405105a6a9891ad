import type { Turn } from "../engine/types.js";

/**
 * The console's conversation: its last few answered questions, which the next question is read against, the way a
 * Discord follow-up thread reads its earlier messages. Older turns add little (a follow-up points at the question
 * just before it) and would only make the prompt longer in model mode.
 */
export class Conversation {
  private turns: Turn[] = [];

  constructor(private readonly kept = 4) {}

  /** The turns so far, oldest first: what a command that follows up receives as `earlier`. */
  get earlier(): readonly Turn[] {
    return this.turns;
  }

  add(turn: Turn): void {
    this.turns = [...this.turns, turn].slice(-this.kept);
  }

  /** Start over (/new): the next question is read on its own. */
  clear(): void {
    this.turns = [];
  }
}
