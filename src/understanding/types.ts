import type { AnswerKind } from "./answerKind.js";
import type { Unanswerable } from "./scope.js";

/** One thing the asker said (a word or a phrase), with the search terms it stands for. */
export interface TermGroup {
  /** The asker's words, as typed (after spelling correction). */
  text: string;
  /** Ways of saying it, each as terms that must all be present: the asker's words first, then what they mean. */
  alternatives: string[][];
  /** Every term of every alternative, for searching. */
  terms: string[];
  /** How much the words say about the topic: the rarity of their rarest term the story uses. */
  weight: number;
  /** False when neither the words nor anything they mean is in the story's documents or asked: lists. */
  known: boolean;
  /** The words name something: a model, a chip, a company, a person. */
  entity: boolean;
  /** In the clause that asks the question (a ramble's last, self-contained question), not in the context before it. */
  focus: boolean;
  /** How much the group counts: 1, or less for the context around a self-contained last question. */
  emphasis: number;
}

/** A question as the engine understands it: computed once, it travels through retrieval, composing and checks. */
export interface Understanding {
  question: string;
  /** The question without mentions, links, emoji and Markdown. */
  text: string;
  /** The question as read: lowercase, misspellings corrected and synonym mappings applied. */
  reading: string;
  groups: TermGroup[];
  /** Distinct search terms, and per-term boosts for ranking. */
  terms: string[];
  boosts: Map<string, number>;
  /** The kinds of answer wanted, most specific first; kinds[0] is what the first line must carry. */
  kinds: AnswerKind[];
  /** What the question is about: the groups that name something. */
  subject: TermGroup[];
  /** "according to the article", "what does the piece say". */
  aboutArticle: boolean;
  /** For "what is X": X, lowercase ("grpo", "h800", "computational power trap"). */
  defines: string | null;
  /** Asks two things at once ("how much each day, and which one ..."): a sentence holding either kind of fact helps. */
  multiPart: boolean;
  /**
   * The questions a message asks, in order, when it asks more than one ("how hard did nvda tank and what did the
   * nasdaq do"): the indexes of each one's groups, and the kinds of answer it wants. One part for one question.
   */
  parts: Array<{ groups: number[]; kinds: AnswerKind[] }>;
  /** Why no document could answer it, when its wording says so (live data, the future, how-to, advice, misuse). */
  unanswerable: Unanswerable | null;
  /** Share of the question's weight made of words the story knows (0..1). */
  coverage: number;
  /** Names the story never mentions ("r2", "gemini" on one side of a comparison): another product. */
  unknownNames: string[];
  /** Words of the question proper that neither the story, English nor chat knows ("tsmc", "tiktok"). */
  unheardWords: string[];
}
