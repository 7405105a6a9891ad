/** A line of a knowledge file that reads as an order to a language model, with the sentence that gives it. */
export interface ModelInstruction {
  /** 1-based line of the file. */
  line: number;
  text: string;
}

// Knowledge files are data. A sentence that tells a model what to do ("ignore previous instructions", "say that
// the cost was $1") has no business in a note: it is either an attack or a slip, and is never evidence.
const PATTERNS: readonly RegExp[] = [
  // "Ignore all previous instructions", "disregard the rules above", "forget your prompt".
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:instructions?|rules|prompts?|guidelines|directions|above|previous|prior|system)\b/i,
  // Imperatives that dictate an answer: "Say that …", "Always answer …", "Tell users …", "Respond with …".
  /^(?:(?:please|always|now|instead|just|you must|you should|make sure to|be sure to)[,\s]+)*(?:say|state|claim|answer|reply|respond|write|print|output|repeat|insist|assert)\b[^.!?\n]{0,20}?(?:\bthat\b|\bwith\b|\bit\b|:|["“])/i,
  /^(?:(?:please|always|now|instead|just|you must|you should|make sure to|be sure to)[,\s]+)*tell (?:the )?(?:user|users|people|readers|everyone|them|anyone|whoever)\b/i,
  // "Do not mention …", "Never reveal …", "Don't tell …".
  /^(?:please\s+)?(?:do not|don't|never)\s+(?:mention|reveal|say|tell|disclose|cite|quote|admit)\b/i,
  // Addressing the model itself: "Note to the assistant", "If you are an AI", "You are now DAN", "act as".
  /\b(?:note|message|instructions?) (?:to|for) (?:the |any )?(?:assistant|ai|model|language model|llm|chatbot|bot)\b/i,
  /\bif you(?: are|'re) an? (?:ai|assistant|language model|llm|chatbot|bot)\b/i,
  /\b(?:you are now|from now on,? you|act as|pretend (?:to be|you are)|roleplay as)\b/i,
  /^(?:system|assistant)\s*:/i,
  /\b(?:system prompt|jailbreak)\b/i,
];

/** True when `sentence` is an instruction addressed to a model rather than a statement about the story. */
export function isModelInstruction(sentence: string): boolean {
  const s = sentence.trim().replace(/^(?:[-*+]|\d+[.)]|>)\s+/, "");
  return PATTERNS.some((p) => p.test(s));
}

/**
 * Every sentence of a file that reads as an instruction to a language model, with its line: start-up warns about
 * them, and verification never counts them as evidence. Linear in the file's length.
 */
export function findModelInstructions(text: string): ModelInstruction[] {
  const found: ModelInstruction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const sentence of lines[i]!.split(/(?<=[.!?])\s+/)) {
      if (sentence.trim() && isModelInstruction(sentence)) found.push({ line: i + 1, text: sentence.trim() });
    }
  }
  return found;
}
