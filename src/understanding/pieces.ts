import { wordPattern, wordSet } from "../language/words.js";

/**
 * The questions a message asks, each on its own, in order. A ramble ("my nephew keeps sending me memes. I don't follow
 * stocks. How much did Nvidia fall?") asks one question after its context; a message with two questions ("how far
 * did nvda fall? and who funds deepseek") asks two. A message that is one question gives just itself.
 */
export function questionsIn(text: string): string[] {
  const sentences = text
    .split(/(?<=[?!.])\s+(?=\S)|(?<=\?)(?=\p{L})/u)
    .flatMap((s) => s.split(AND_ASKS))
    .flatMap((s) => s.split(TURN))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const asks = sentences.filter(asksSomething);
  return asks.length === 0 ? [text] : asks;
}

const OPENERS = wordSet("question-words");
/** "…, and what did it cost": a second question joined to the first. */
const AND_ASKS = new RegExp(`\\s*[,;]?\\s+(?:and|also|plus|&)\\s+(?=(?:${[...OPENERS].join("|")})\\s)`, "i");
const LEAD_INS = wordSet("lead-ins");
/** "…, rough times, anyway how much…": the chatter ends where the message turns to its point. */
const TURN = new RegExp(`(?<=\\S)[,;:]?\\s+(?=${wordPattern("topic-turns").source})`, "i");

function asksSomething(sentence: string): boolean {
  if (/\?\s*$/.test(sentence)) return true;
  const words = sentence.toLowerCase().replace(/[,:]/g, " ").split(/\s+/).filter(Boolean);
  return OPENERS.has(words.find((w) => !LEAD_INS.has(w)) ?? "");
}
