import { wordSet } from "../language/words.js";

/**
 * A rough guess at the language of a short text, good enough to notice a model answering an English question in
 * French or Chinese. No locale work exists yet: scripts first, then the commonest function words of a few languages
 * written in Latin script. "unknown" when a text gives too little to go on (a bare figure, a name).
 */
export type Language = "en" | "fr" | "es" | "de" | "it" | "pt" | "nl" | "non-latin" | "unknown";

const LATIN_LANGUAGES = ["en", "fr", "es", "de", "it", "pt", "nl"] as const;
const FUNCTION_WORDS = Object.fromEntries(
  LATIN_LANGUAGES.map((lang) => [lang, wordSet(`function-words-${lang}`)]),
) as Record<(typeof LATIN_LANGUAGES)[number], ReadonlySet<string>>;

/** The language a text is most likely written in. Linear in its length. */
export function languageOf(text: string): Language {
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else other++;
  }
  if (other > 0 && other >= (latin + other) * 0.3) return "non-latin";
  const counts = new Map<Language, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, set] of Object.entries(FUNCTION_WORDS) as Array<[Language, ReadonlySet<string>]>) {
      if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const english = counts.get("en") ?? 0;
  let best: Language = "unknown";
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (lang !== "en" && n > bestCount) [best, bestCount] = [lang, n];
  }
  // Many short words are shared ("a", "de", "in"): another language must clearly outnumber English to count.
  if (bestCount >= 2 && bestCount > english * 1.5) return best;
  return english > 0 ? "en" : "unknown";
}

/** True when `text` is plainly in another language than `reference` (a text of unknown language never is). */
export function isOtherLanguage(text: string, reference: Language): boolean {
  const lang = languageOf(text);
  if (lang === "unknown") return false;
  return lang !== (reference === "unknown" ? "en" : reference);
}
