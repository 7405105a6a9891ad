import { wordSet } from "../language/words.js";

/**
 * Chat noise: what people add to a message that is never its topic. Removed before a question is understood or a
 * statement is checked.
 */
const CHAT_NOISE = wordSet("chatter");

const MENTION = /<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|@[\w.]{2,32}/g;
const URL_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
/** Zero-width and soft-hyphen characters: they show nothing. */
export const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
const MARKDOWN = /(```[\s\S]*?```|```|`|\*\*|__|~~|\|\||^>+\s?|^#+\s)/gm;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{20E3}]/gu;

/** The text with mentions, links, emoji, Markdown and invisible marks removed and white space collapsed. */
export function stripMarkup(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(MENTION, " ")
    .replace(URL_TEXT, " ")
    .replace(MARKDOWN, " ")
    .replace(EMOJI, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True for a word (lowercase) that is chat noise. */
export function isChatNoise(word: string): boolean {
  return CHAT_NOISE.has(word) || /^(l+o+l+|a*ha(ha)+h?|he(he)+|x+d+|o+k+|lm+f?a+o+)$/.test(word);
}
