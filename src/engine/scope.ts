import type { AnalysedQuery } from "../retrieval/query.js";

/**
 * Requests to change the bot's role, reveal its instructions or write code. They are declined whatever the
 * documents hold: text in a question is data, never an instruction.
 */
const MISUSE: RegExp[] = [
  /\b(ignore|forget|disregard|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|directions?|guidelines?|above|previous|everything|constraints?)\b/i,
  /\b(system|hidden|secret|initial|original|developer)\s+(prompt|instructions?|rules?|message|configuration)\b/i,
  /\b(you are now|act as|pretend (to be|you)|role-?play|from now on,? you|new persona|jailbreak|developer mode)\b/i,
  /\b(reveal|print|show|repeat|output|leak|dump)\b.{0,30}\b(your|the)\s+(instructions?|prompt|rules|configuration|context)\b/i,
  /\b(your|the bot's)\s+(instructions?|system prompt|prompt|rules|guidelines|programming|configuration)\b/i,
  /^\s*(please\s+)?((can|could|would) you\s+)?(write|generate|create|code|implement|program|draft)\b.{0,60}\b(code|script|program|function|class|bot|app|snippet|regex|sql|html|css|python|javascript|typescript|java|c\+\+|rust|golang|essay|poem|story|song|email|letter)\b/i,
];

export function isMisuse(question: string): boolean {
  return MISUSE.some((r) => r.test(question));
}

/** Below this share of the question's (rarity-weighted) words found in the story, the story does not cover it. */
export const MIN_COVERAGE = 0.5;
/** ...unless it names at least this many of the story's words, and one odd word ("react") weighs it down. */
const MANY_TERMS = 3;
const MIN_COVERAGE_WITH_MANY = 0.4;

export function isCovered(query: AnalysedQuery, bestScore: number): boolean {
  // Small numbers alone ("2+2") match dates and figures everywhere without being about anything.
  const topical = query.terms.filter((t) => !/^\d{1,2}$/.test(t));
  if (topical.length === 0 || bestScore <= 0) return false;
  return query.coverage >= MIN_COVERAGE || (topical.length >= MANY_TERMS && query.coverage >= MIN_COVERAGE_WITH_MANY);
}
