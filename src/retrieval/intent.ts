/** What kind of fact a question asks for, read from its wording; sentences holding that kind of fact rank higher. */
export interface Intent {
  name: "money" | "count" | "date" | "figure" | "definition";
  /** The sentence pattern that satisfies it. */
  evidence: RegExp;
  /** For "what is X" questions: the term being defined. */
  subject?: string;
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

const RULES: Array<{ name: Intent["name"]; asks: RegExp; evidence: RegExp }> = [
  {
    name: "money",
    asks: /\b(how much|cost(s|ing)?|price[sd]?|pricing|spen[dt]|expensive|cheap(er)?|dollars?|budget|capex|paid|pay|worth|value)\b|\$/i,
    evidence: /\$\s?\d|\d\s?(million|billion|trillion)\b|\bdollars?\b|\byuan\b/i,
  },
  { name: "count", asks: /\bhow many\b|\bnumber of\b|\bcount\b/i, evidence: /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b/i },
  {
    name: "date",
    asks: /\b(when|what date|which date|what day|which day|what year|dated?|how long ago)\b/i,
    evidence: new RegExp(`\\b(19|20)\\d{2}\\b|\\b${MONTH}\\b|\\b\\d{1,2}/\\d{1,2}\\b`, "i"),
  },
  {
    name: "figure",
    asks: /\b(how (big|large|fast|far|good|well|often|high|low|much)|size|percent(age)?|rating|score|benchmark|numbers?|figures?|drop(ped)?|f[ae]ll|rise|rose)\b|%/i,
    evidence: /\d/,
  },
];

const DEFINITION = /^\s*(?:so\s+)?(?:what(?:'s| is| are| was)|whats|define|explain|who(?:'s| is| are))\s+(?:an?\s+|the\s+)?([\w.+-]+)\s*\??\s*$/i;

export function detectIntents(question: string): Intent[] {
  const intents: Intent[] = RULES.filter((r) => r.asks.test(question)).map(({ name, evidence }) => ({ name, evidence }));
  const def = DEFINITION.exec(question);
  if (def?.[1]) {
    const subject = def[1];
    const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    intents.push({
      name: "definition",
      subject,
      // "GRPO (Group Relative ...) is", "The H800 is a", "GB200 ... combines"
      evidence: new RegExp(`^(?:the |an? )?(?:[\\w-]+ )?${escaped}\\b[^.]{0,80}?\\b(is|are|was|means|stands for|refers to|combines|joins|pairs)\\b`, "i"),
    });
  }
  return intents;
}
