import { wordPattern, wordSet } from "../language/words.js";
import { isChatNoise } from "../text/chat.js";

/** "explain like i'm new", "in simple terms": how to answer, not what about. */
const ASK_FRAMES = new RegExp(`${wordPattern("ask-frames").source}\\s*[:,-]?`, "gi");
const LEAD_INS = wordSet("lead-ins");

/** The text without the ways of asking for a simple answer: "explain like i'm new: what is r1-zero" asks about r1-zero. */
export function stripFrames(text: string): string {
  return text.replace(ASK_FRAMES, " ").replace(/\s+/g, " ").trim();
}

/**
 * The question as asked, without the frames around it: ways of asking for a simple answer anywhere, and chat words
 * before it ("eli5", "yo", "ok so") or after it ("pls", "lol"). Kinds of answer and "what is X" are read from this,
 * since "eli5 what GRPO is pls" asks what "what is GRPO" asks. Without the `leading` chat words stripped, "wtf is grpo"
 * keeps the words that asked it.
 */
export function questionCore(text: string, leading = true): string {
  const words = stripFrames(text).split(" ");
  const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  let from = 0;
  while (leading && from < words.length - 1 && (isChatNoise(bare(words[from]!)) || LEAD_INS.has(bare(words[from]!))))
    from++;
  let to = words.length;
  while (to > from + 1 && isChatNoise(bare(words[to - 1]!))) to--;
  const core = words.slice(from, to).join(" ");
  // A question mark the chat words stood before is still the question's.
  return /\?\s*$/.test(text) && !core.endsWith("?") ? `${core}?` : core;
}
