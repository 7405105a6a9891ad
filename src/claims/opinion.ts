/**
 * Opinions, predictions and advice: not checkable facts. "this is the most impressive launch in years", "nvda is a
 * steal, buy the dip", "export controls are a waste of time", "china's gonna lead ai within 5 years".
 */
const OPINION: RegExp[] = [
  // Predictions.
  /\b(will|won'?t|gonna|going to|is going to|about to|bound to|calling it|mark my words|within \d+ (years?|months?)|by 20\d\d|in the (long run|future)|eventually|soon)\b/i,
  // Advice.
  /^(buy|sell|short|hold|dump|grab|get|avoid|don'?t buy|don'?t sell)\b|\b(should|shouldn'?t|ought to|must|needs? to be|need to)\b|\bbuy the dip\b/i,
  // Judgements.
  /\b(best|worst|greatest|most impressive|impressive|overrated|underrated|overhyped|over-hyped|a steal|pointless|useless|a waste|waste of|stupid|dumb|genius|amazing|incredible|insane|cooked|doomed|finished|done for|dead|bubble|scam|fraud|got played|played|fools?|mid|goated|goat|the future|game[- ]?changer|embarrassing|pathetic|winning|losing|fell into|trap|overblown|overreaction|awesome|terrible|awful|brilliant|ridiculous|lame|sucks?|trash|garbage|fantastic|disappointing|underwhelming)\b/i,
];

export function isOpinion(statement: string): boolean {
  return OPINION.some((r) => r.test(statement));
}
