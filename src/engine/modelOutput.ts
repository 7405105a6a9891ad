import { NOT_COVERED } from "./prompts.js";

export interface ParsedOutput {
  notCovered: boolean;
  prose: string;
  quotes: Array<{ n: number; text: string }>;
}

/** The prose written so far, for streaming: whatever follows <answer>, without a half-written closing tag. */
export function partialProse(raw: string): string {
  const start = raw.indexOf("<answer>");
  if (start < 0) return "";
  const body = raw.slice(start + "<answer>".length);
  const end = body.indexOf("</answer>");
  return (end >= 0 ? body.slice(0, end) : body.replace(/<\/?a?n?s?w?e?r?$/, "")).trim();
}

/**
 * Reads the model's reply. Returns null when it does not follow the format (truncated, malformed): the caller then
 * falls back to the extractive answer rather than guess.
 */
export function parseModelOutput(raw: string): ParsedOutput | null {
  const text = raw.trim();
  if (text === NOT_COVERED || /^NOT_COVERED\b/.test(text) || /<answer>\s*NOT_COVERED\s*<\/answer>/.test(text)) {
    return { notCovered: true, prose: "", quotes: [] };
  }
  const answer = /<answer>([\s\S]*?)<\/answer>/.exec(text);
  const quotes = /<quotes>([\s\S]*?)<\/quotes>/.exec(text);
  if (!answer || !quotes) return null;
  const parsed: ParsedOutput = { notCovered: false, prose: answer[1]!.trim(), quotes: [] };
  for (const line of quotes[1]!.split("\n")) {
    const m = /^\s*\[(\d+)\]\s*(.+?)\s*$/.exec(line);
    if (m) parsed.quotes.push({ n: Number(m[1]), text: stripWrappingQuotes(m[2]!) });
  }
  return parsed.prose ? parsed : null;
}

function stripWrappingQuotes(s: string): string {
  const m = /^["“'](.*)["”']$/.exec(s);
  return m ? m[1]! : s;
}
