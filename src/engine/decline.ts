import type { Corpus } from "../corpus/corpus.js";
import { say } from "../messages/say.js";
import type { AskedIndex } from "../retrieval/askedIndex.js";
import type { Understanding } from "../understanding/understand.js";
import type { DeclineReason } from "./types.js";

/** Suggestions offered with a decline. */
const SUGGESTIONS = 3;
/** An asked question this close to the asker's is about the same thing, so worth offering. */
const RELATED = 0.2;

/** Declines that say why in their own words; any other reason reads as "the documents don't answer that". */
const SAYS_WHY = new Set<DeclineReason>(["misuse", "live", "future", "howto", "advice", "greeting", "thanks"]);

/** What a decline says in English (the CLI and evaluation read it): why, and what the bot does cover. */
export function declineMessage(reason: DeclineReason, topic: string): string {
  const covers = say("en", "decline.covers", { topic });
  return say("en", SAYS_WHY.has(reason) ? `decline.${reason as "misuse"}` : "decline.off_topic", { covers });
}

/**
 * Up to three questions the bot can answer, taken from the asked: lists: the ones nearest the asker's question,
 * each about a different part of the documents; for a question about nothing in them, the article's own.
 */
export function suggestionsFor(u: Understanding | null, asked: AskedIndex, corpus: Corpus): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const offer = (text: string, where: string) => {
    if (out.length >= SUGGESTIONS || seen.has(where) || out.includes(text)) return;
    seen.add(where);
    out.push(text);
  };
  for (const m of u ? asked.match(u, 40) : []) {
    if (m.score < RELATED) break;
    offer(m.question.text, `${m.question.docId}:${m.question.target.start}`);
  }
  for (const a of articleAsked(corpus)) offer(a.question.text, `${a.question.docId}:${a.question.target.start}`);
  return out;
}

/** Each corpus's asked: questions of the article, in order: picked out once, not on every decline. */
const ARTICLE_ASKED = new WeakMap<Corpus, Corpus["asked"]>();

function articleAsked(corpus: Corpus): Corpus["asked"] {
  let asked = ARTICLE_ASKED.get(corpus);
  if (!asked) {
    asked = corpus.asked.filter((a) => corpus.docById.get(a.question.docId)?.kind === "article");
    ARTICLE_ASKED.set(corpus, asked);
  }
  return asked;
}
