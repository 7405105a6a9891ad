import { Tiktoken } from "js-tiktoken/lite";
import o200kBase from "js-tiktoken/ranks/o200k_base";

let encoder: Tiktoken | null = null;

/**
 * Counts tokens with the o200k encoding shipped inside js-tiktoken. LangChain's own counter downloads encodings
 * from the internet on first use; nothing may be downloaded at run time here, so we bring our own.
 */
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}
