import type { Corpus } from "../corpus/corpus.js";
import type { Ranked } from "../corpus/lexicalIndex.js";
import { isModelInstruction } from "../knowledge/instructions.js";
import { sourceLabel } from "../text/attribution.js";
import { type Excerpt, locateExcerpt } from "../text/excerpts.js";
import { isOtherLanguage, type Language, languageOf } from "./language.js";
import { type ParsedOutput, splitProse } from "./modelOutput.js";
import {
  callsToAction,
  cleanProse,
  type Support,
  statesFacts,
  supportOf,
  unsupportedFact,
  unsupportedJudgement,
} from "./proseCheck.js";

/** Why a sentence of the model's prose was cut. */
export type CutReason =
  | "unsupported"
  | "uncited"
  | "language"
  | "quote_failed"
  | "link"
  | "call_to_action"
  | "judgement"
  | "uncheckable";

export interface CheckedSentence {
  /** The sentence as it may be shown, its markers still the prompt's passage numbers. */
  text: string;
  /** The passages it cites, by prompt number. */
  cites: number[];
  /** Links removed from it. */
  links: number;
}

export interface VerifiedAnswer {
  answer: string;
  excerpts: Excerpt[];
  /** What verification removed, for the logs. */
  dropped: {
    quotes: number;
    markers: number;
    sentences: number;
    links: number;
    reasons: Partial<Record<CutReason, number>>;
  };
}

const MARKER = /\s*\[(\d+)\]/g;
/** Longest stretch of verification between two turns of the event loop. */
const SLICE_MS = 8;

/**
 * Checks the model's prose sentence by sentence against the passages it was given. A sentence stands only if every
 * figure, date and name in it is held by a passage it cites (read the way retrieval reads them: "$5.5M" meets
 * "$5,576,000"), it is in the question's language, and links other than the knowledge base's own are gone. A
 * sentence that cites nothing may stay only if it states nothing checkable. Sentences in a passage that give orders
 * to a model are never evidence. Work is linear in the length of the prose.
 */
export class ProseVerifier {
  private readonly supports = new Map<string, Support>();
  /** Each sentence is checked once, whether it was first seen streaming or in the finished answer. */
  private readonly checked = new Map<string, ReturnType<ProseVerifier["checkOnce"]>>();
  private readonly knownUrls: ReadonlySet<string>;
  private readonly language: Language;
  private readonly isCommonWord: (stem: string) => boolean;

  constructor(
    private readonly used: readonly Ranked[],
    private readonly corpus: Corpus,
    question: string,
  ) {
    this.knownUrls = new Set(corpus.docs.flatMap((d) => (d.url ? [d.url] : [])));
    this.language = languageOf(question);
    this.isCommonWord = (stem) => corpus.vocabulary.has(stem) && !corpus.entityTerms.has(stem);
  }

  /** The sentence as it may be shown, or why it must be cut. */
  check(sentence: string): CheckedSentence | { cut: CutReason; fact?: string; links: number } {
    const result = this.checked.get(sentence) ?? this.checkOnce(sentence);
    this.checked.set(sentence, result);
    return result;
  }

  private checkOnce(sentence: string): CheckedSentence | { cut: CutReason; fact?: string; links: number } {
    const { text, linksRemoved } = cleanProse(sentence, this.knownUrls);
    const cites: number[] = [];
    const kept = text.replace(MARKER, (marker, n: string) => {
      const num = Number(n);
      if (num < 1 || num > this.used.length) return "";
      if (!cites.includes(num)) cites.push(num);
      return marker;
    });
    const plain = kept.replace(MARKER, "").trim();
    const links = linksRemoved;
    if (plain === "") return { cut: "uncited", links };
    // A sentence that lost a link is dropped whole: what is left ("Details at [1]") still points somewhere.
    if (links > 0) return { cut: "link", links };
    if (callsToAction(plain)) return { cut: "call_to_action", links };
    if (isOtherLanguage(plain, this.language)) return { cut: "language", links };
    // An answer line states something a passage can vouch for; one with nothing checkable (a judgement, an aside,
    // an order a conversation slipped in) has nothing to verify, so it is not published.
    if (!statesFacts(plain, this.isCommonWord)) return { cut: "uncheckable", links };
    if (cites.length === 0) return { cut: "uncited", links };
    const support = this.supportFor(cites);
    const judgement = unsupportedJudgement(plain, support);
    if (judgement !== null) return { cut: "judgement", fact: judgement, links };
    const fact = unsupportedFact(plain, support, this.isCommonWord);
    if (fact !== null) return { cut: "unsupported", fact, links };
    return { text: tidy(kept), cites, links };
  }

  /** What the cited passages vouch for together, worked out once for each set of citations. */
  private supportFor(cites: readonly number[]): Support {
    const key = cites.join();
    const support = this.supports.get(key) ?? supportOf(this.textOf(cites));
    this.supports.set(key, support);
    return support;
  }

  /** The cited passages' evidence, one after another: their sentences (orders to a model left out), heading and source. */
  private textOf(cites: readonly number[]): string {
    const texts = cites.map((n) => {
      const { passage } = this.used[n - 1]!;
      const doc = this.corpus.docById.get(passage.docId);
      const evidence = passage.sentences.filter(
        (s) => s.start >= passage.start && s.end <= passage.end && !isModelInstruction(s.text),
      );
      // A passage with no sentences left may be one whose every sentence was an order to a model: its text is
      // read as start-up reads files, sentence by sentence, so that the orders still vouch for nothing.
      const body =
        passage.sentences.length > 0
          ? evidence.map((s) => s.text).join(" ")
          : passage.text
              .split(/(?<=[.!?])\s+/)
              .filter((s) => !isModelInstruction(s))
              .join(" ");
      // join() writes a missing publisher, author or heading as nothing.
      const about = doc ? [sourceLabel(doc), doc.title, doc.publisher, doc.authors].join(" ; ") : "";
      return [body, passage.heading, about].join("\n");
    });
    return texts.join("\n");
  }

  /** A quote the model copied from passage `n`, found in its file inside that passage, and not an order to a model. */
  locateQuote(n: number, text: string): Excerpt | null {
    const r = this.used[n - 1];
    if (!r) return null;
    const quote = locateExcerpt(this.corpus.docById, r.passage.docId, text);
    if (!quote || quote.start < r.passage.start || quote.end > r.passage.end || isModelInstruction(quote.text))
      return null;
    return quote;
  }
}

/** "… 97.3%. [1]" keeps its marker inside the sentence it supports: "… 97.3% [1]." */
function tidy(sentence: string): string {
  return sentence
    .replace(/([.!?])((?:\s*\[\d+\])+)\s*$/, "$2$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Checks a model's whole answer before anyone sees it: each quote must stand word for word in the passage it cites
 * (else it is dropped); each sentence must pass the ProseVerifier and keep at least one citation whose quote stood
 * (else it is cut); markers are renumbered in order of use. Returns null when no cited sentence is left: the caller
 * then sends the extractive answer. Yields to the event loop every few milliseconds, so a long reply never holds up
 * anyone else's command.
 */
export async function verifyModelAnswer(parsed: ParsedOutput, verifier: ProseVerifier): Promise<VerifiedAnswer | null> {
  const dropped: VerifiedAnswer["dropped"] = { quotes: 0, markers: 0, sentences: 0, links: 0, reasons: {} };
  const cut = (reason: CutReason) => {
    dropped.sentences++;
    dropped.reasons[reason] = (dropped.reasons[reason] ?? 0) + 1;
  };
  const byPassage = new Map<number, Excerpt>();
  for (const { n, text } of parsed.quotes) {
    const quote = byPassage.has(n) ? null : verifier.locateQuote(n, text);
    if (quote) byPassage.set(n, quote);
    else dropped.quotes++;
  }
  const order: number[] = [];
  const kept: string[] = [];
  let slice = performance.now();
  for (const sentence of splitProse(parsed.prose)) {
    if (performance.now() - slice > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    const checked = verifier.check(sentence);
    dropped.links += checked.links;
    if ("cut" in checked) {
      cut(checked.cut);
      continue;
    }
    const quoted = checked.cites.filter((n) => byPassage.has(n));
    dropped.markers += checked.cites.length - quoted.length;
    // A sentence whose every citation failed rests on nothing shown.
    if (checked.cites.length > 0 && quoted.length === 0) {
      cut("quote_failed");
      continue;
    }
    for (const n of quoted) if (!order.includes(n)) order.push(n);
    kept.push(renumber(checked.text, (n) => (byPassage.has(n) ? order.indexOf(n) + 1 : null)));
  }
  if (order.length === 0) return null;
  return { answer: kept.join(" "), excerpts: order.map((n) => byPassage.get(n)!), dropped };
}

/** Rewrites [n] markers with `to(n)`; a marker mapped to null is removed. */
export function renumber(sentence: string, to: (n: number) => number | null): string {
  return sentence
    .replace(/\s*\[(\d+)\]/g, (_, n: string) => {
      const k = to(Number(n));
      return k === null ? "" : ` [${k}]`;
    })
    .trim();
}
