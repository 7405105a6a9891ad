import { wordPattern } from "../language/words.js";

/**
 * Opinions, predictions and advice: not checkable facts. "this is the most impressive launch in years", "nvda is a
 * steal, buy the dip", "export controls are a waste of time", "china's gonna lead ai within 5 years".
 */
const OPINION: RegExp[] = [
  // Predictions.
  wordPattern("future"),
  // Words that predict in a statement but not in a question ("how soon after", "was it about to fall"): not future.txt.
  /\b(within \d+ (years?|months?)|by 20\d\d|soon|calling it|about to)\b/i,
  // Advice.
  /^(buy|sell|short|hold|dump|grab|get|avoid|don'?t buy|don'?t sell)\b|\b(should|shouldn'?t|ought to|must|needs? to be|need to)\b|\bbuy the dip\b/i,
  // Judgements.
  wordPattern("judgement"),
];

export function isOpinion(statement: string): boolean {
  return OPINION.some((r) => r.test(statement));
}
