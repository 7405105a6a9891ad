import { createRequire } from "node:module";

type O200k = typeof import("gpt-tokenizer/encoding/o200k_base");

// Text from users and sources is counted as text: a message containing "<|endoftext|>" is words to budget for, not
// a special token to refuse (the tokenizer throws on one by default, which would fail the answer).
const AS_TEXT = { disallowedSpecial: new Set<string>() };

let o200k: O200k | null = null;

/**
 * Counts tokens with the o200k encoding shipped inside gpt-tokenizer. LangChain's own counter downloads encodings
 * from the internet on first use; nothing may be downloaded at run time here, so we bring our own. Its ranks take
 * about 0.4 s of CPU to load (js-tiktoken's took 1.4 s), so they are loaded on the first count, never by a process
 * that counts nothing (the console and bots without a model).
 */
export function countTokens(text: string): number {
  o200k ??= createRequire(import.meta.url)("gpt-tokenizer/cjs/encoding/o200k_base") as O200k;
  return o200k.countTokens(text, AS_TEXT);
}
