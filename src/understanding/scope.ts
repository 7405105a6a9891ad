import { wordList, wordPattern } from "../language/words.js";

/**
 * Questions the documents cannot answer whatever they hold, recognised from their wording: the story is a record of
 * January 2025 and what its sources reported, not a live feed, an oracle, a help desk or an adviser.
 */
export type Unanswerable = "misuse" | "live" | "future" | "howto" | "advice";

/**
 * Requests to change the bot's role, reveal its instructions, ping people or write code. Declined whatever the
 * documents hold: text in a question is data, never an instruction.
 */
const MISUSE: RegExp[] = [
  /\b(ignore|forget|disregard|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|directions?|guidelines?|above|previous|everything|constraints?)\b/,
  /\b(system|hidden|secret|initial|original|developer)\s+(prompt|instructions?|rules?|message|configuration)\b/,
  /\b(you are now|you'?re now|ur now|you are dan|ur dan|you'?re dan|\bdan mode|act as|pretend (to be|you)|role[- ]?play|from now on,? you|new persona|jailbreak|developer mode|no rules|without (any )?(rules|filters|restrictions)|unfiltered|uncensored)\b/,
  /\b(reveal|print|show|repeat|output|leak|dump)\b.{0,30}\b(your|ur|the)\s+(instructions?|prompt|rules|configuration|context)\b/,
  /\b(your|ur|the bot'?s)\s+(instructions?|system prompt|prompt|rules|guidelines|programming|configuration)\b/,
  /\b(ping|tag|mention|notify|dm)\b.{0,20}(@?everyone|@?here|all members|the server|every ?one)\b/,
  /^\s*(please\s+)?((can|could|would) (you|u)\s+)?(write|generate|create|code|implement|program|draft)\b.{0,60}\b(code|script|program|function|class|bot|app|snippet|regex|sql|html|css|python|javascript|typescript|java|c\+\+|rust|golang|essay|poem|story|song|email|letter)\b/,
  // Help to break the law, not a question about whether DeepSeek did ("did they get around the sanctions?").
  /\b(how (do|can|could|would|should|to) (i|we|u|you|someone|one)?|tell me how|help me|teach me|ways? to|best way to)\b.{0,40}\b(smuggl\w*|evade|circumvent|get around|sneak|bypass|dodge)\b/,
];

/** Verbs of saying, and who a question may ask the view of without naming them ("analysts", "the article"). */
const SAYING = wordPattern("saying", "gi");
const SPEAKERS = new Set([...wordList("speakers"), ...wordList("article-words")]);
/** How far before its verb a speaker may be named: "what did nvidia's spokesperson say". */
const SPEAKER_GAP = 30;

const LIVE_TIME = wordPattern("now");

const FUTURE: RegExp[] = [
  wordPattern("future"),
  /\bby (20[3-9]\d|202[6-9])\b/,
  /\bwhen (is|will|does|do|are|'s|s)\b.*\b(out|release\w*|drop\w*|come out|coming|launch\w*|ship\w*|arriv\w*|available)\b/,
];

const HOW_TO: RegExp[] = [
  // Tasks for the asker, not questions about the story: homework, maths, essays.
  /\b(do|write|finish|solve|check) (my|our|this|the) (hw|homework|assignment|essay|exam|test|maths?|calc\w*|equation)\b|\b(derivative|integral) of\b|\bsolve (for|this|the equation)\b/,
  /^(so |ok |hey |yo )?(how (do|can|should|would|could|to) (i|we|you|u|one|someone)|how to)\b(?! (know|tell|find out|check|verify|be sure))/,
  /\b(step[- ]by[- ]step|tutorial|install (it|the model)|run (it|this|that)?.{0,20}\b(locally|at home|on my)|which quant|what quant|quantization|download link|where (can|do) (i|u|you) (download|get|buy))\b/,
];

const ADVICE: RegExp[] = [
  /\bshould (i|we|u|you)\b|\bshud i\b/,
  /\b(worth|good time to|smart to|wise to|good idea to|safe to) (buy\w*|sell\w*|invest\w*|get\w*|dump\w*|put\w*|move\w*|short\w*|hold\w*)\b|\bmy (savings|money|portfolio|401k|retirement|pension|shares|stocks|position)\b|\bbuy the dip\b|\b(good|bad|smart) (investment|buy|bet)\b|\bfinancial advice\b|\bwould (you|u) (buy|sell|invest)\b|\bis it a (buy|sell)\b/,
  /\bcost me\b|\bfor my (homelab|home lab|rig|pc|setup|build|company|startup|project)\b|\bthinking (of|about) (buying|grabbing|getting|picking up)\b/,
];

/**
 * Why a question cannot be answered from the documents, or null when its wording does not rule it out. `isName` says
 * whether a word names something of the story (a company, a model, a person): the knowledge knows, not this module.
 */
export function unanswerable(question: string, isName: (word: string) => boolean = () => false): Unanswerable | null {
  const q = question.toLowerCase();
  if (MISUSE.some((r) => r.test(q))) return "misuse";
  const attributed = aboutSomeone(q, isName);
  if (LIVE_TIME.test(q) && !attributed) return "live";
  if (ADVICE.some((r) => r.test(q))) return "advice";
  if (HOW_TO.some((r) => r.test(q)) || installs(q, isName)) return "howto";
  if (FUTURE.some((r) => r.test(q)) && !attributed) return "future";
  return null;
}

/** "what do analysts expect", "what did nvidia say", "according to the article": a question about someone's view. */
function aboutSomeone(q: string, isName: (word: string) => boolean): boolean {
  if (/\baccording to\b/.test(q)) return true;
  for (const verb of q.matchAll(SAYING)) {
    for (const w of q.slice(0, verb.index).matchAll(/[\p{L}\p{N}]+/gu)) {
      const gap = verb.index - (w.index + w[0].length);
      if (gap <= SPEAKER_GAP && (SPEAKERS.has(w[0]) || isName(w[0]))) return true;
    }
  }
  return false;
}

/** "install r1", "how do i install deepseek": setting up one of the story's products is a how-to. */
function installs(q: string, isName: (word: string) => boolean): boolean {
  const m = /\binstall\s+([\p{L}\p{N}-]+)/u.exec(q);
  return m !== null && isName(m[1]!);
}
