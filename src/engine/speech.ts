import { wordList, wordPattern } from "../language/words.js";
import { remembered } from "../text/remembered.js";
import { saysGroup } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import type { TermGroup, Understanding } from "../understanding/understand.js";

/*
 * Reading a sentence for "what did X say": who speaks in it, and whether it gives their words.
 */

const SPEECH = wordPattern(["saying", "views"]);
/** How many sentences' speakers are remembered before starting afresh (more than a knowledge base holds). */
const SENTENCES_KEPT = 20_000;
/** Words in quotation marks, two or more: what someone said, in their words. */
const QUOTED = /["“][^"”]*\s[^"”]*["”]/;
/** The words of saying and of views as stems ("statement", "said", "opinion"), one word each. */
const SPEECH_TERMS = new Set(
  wordList("saying")
    .concat(wordList("views"))
    .filter((e) => !/\s/.test(e))
    .flatMap((e) => toTerms(e.replace(/\*$/, ""))),
);

/** True when one of the question's speakers is the speaker: named before the sentence's first verb of saying. */
export function speaks(sentence: string, u: Understanding): boolean {
  const before = speakerTerms(sentence);
  const speakers = askedSpeakers(u);
  if (!before || speakers.length === 0) return before !== null;
  return speakers.some((g) => saysGroup(before, g));
}

const speakersOf = new WeakMap<Understanding, TermGroup[]>();

/**
 * Whom the question asks to hear: what it names before its own verb of saying ("what did Reuters say about the NVIDIA
 * loss" asks Reuters, not NVIDIA), or every subject when it has no such verb ("NVIDIA's statement").
 */
function askedSpeakers(u: Understanding): TermGroup[] {
  let speakers = speakersOf.get(u);
  if (!speakers) {
    const m = SPEECH.exec(u.text);
    const before = new Set(m ? toTerms(u.text.slice(0, m.index)) : []);
    const named = u.groups.filter((g) => g.known && g.focus && !namesSpeech(g) && saysGroup(before, g));
    speakers = named.length > 0 ? named : u.subject;
    speakersOf.set(u, speakers);
  }
  return speakers;
}

/**
 * The terms before a sentence's first verb of saying (null: it has none). The same few sentences are weighed for
 * every "what did X say", and terms of a text this long are not remembered by toTerms: remembered here, by sentence.
 */
const speakerTerms = remembered((sentence): ReadonlySet<string> | null => {
  const m = SPEECH.exec(sentence);
  return m ? new Set(toTerms(sentence.slice(0, m.index))) : null;
}, SENTENCES_KEPT);

/** True when the sentence quotes someone's words (two or more in quotation marks). */
export function quotes(sentence: string): boolean {
  return QUOTED.test(sentence);
}

/** True when the asker's words are a word of saying or of views ("statement", "say"): the frame of a "what did X say". */
export function namesSpeech(g: TermGroup): boolean {
  const own = g.alternatives[0]!;
  return own.length > 0 && own.every((t) => SPEECH_TERMS.has(t));
}
