import { wordPattern } from "../language/words.js";

/**
 * The kind of answer a question wants, read from its wording: the first line of the answer must carry a fact of
 * this kind ("how much did it cost" wants an amount of money, "when" a date, "who" a person or organisation).
 */
export type AnswerKind =
  | "money"
  | "percent"
  | "change"
  | "count"
  | "figure"
  | "date"
  | "duration"
  | "entity"
  | "reason"
  | "definition"
  | "comparison"
  | "list"
  | "view"
  | "yesno"
  | "other";

/** Words about money, and verbs of a value that moved: "how much" with one asks for an amount or a change. */
const MONEY_WORDS = wordPattern("money").source;
const CHANGE_WORDS = wordPattern("moving").source;
/** Verbs of saying: "did nvidia say anything about it" wants what was said, not a yes or a no. */
const SAYING_WORDS = wordPattern("saying").source;

const RULES: Array<{ kind: AnswerKind; test: RegExp }> = [
  {
    kind: "date",
    test: /\bwhen\b|\bwhat (date|day|year|month|time)\b|\bwhich (date|day|year|month)\b|\bhow long ago\b|\bwhat'?s the date\b|\bdated?\b/,
  },
  {
    kind: "reason",
    test: /\bwhy\b|\bhow come\b|\bwhat (caused|made|led|triggered|drove|sparked)\b|\breasons?\b|\bwhat for\b/,
  },
  // "how long did pre-training take": a length of time, not a date ("how long ago") nor a bare figure.
  { kind: "duration", test: /\bhow long\b(?!\s+ago)|\bhow many (?:days|weeks|months|years)\b|\bhow much time\b/ },
  { kind: "count", test: /\bhow many\b|\bnumber of\b|\bcount\b|\bhow much (gpus|chips|cards|hardware)\b/ },
  { kind: "percent", test: /\bpercent(age)?\b|\bwhat %|\bby what %/ },
  {
    kind: "change",
    test: new RegExp(
      `\\bhow (much|far|bad|hard|big)\\b.*\\b(${CHANGE_WORDS})\\b|\\b(${CHANGE_WORDS})\\b.*\\bhow much\\b|\\bby how much\\b`,
    ),
  },
  {
    kind: "money",
    test: new RegExp(
      `\\bhow much\\b.*\\b(${MONEY_WORDS})\\b|\\b(${MONEY_WORDS})\\b.*\\bhow much\\b|\\bhow much (is|was|does|did) (it|that|the|they)\\b|\\bhow much (is|was) [\\w.-]+\\s*\\??\\s*$|\\$|\\b(what|whats|what's) (did|does|do|was|is|the) .{0,30}\\b(cost|price|pricing|spend|budget|capex|charge)\\b|\\b(cost|costs|price|pricing|capex|budget|spent|spend)\\b\\s*\\??\\s*$`,
    ),
  },
  // A question without a question word is its noun: "exact closing price of nvda on fri", "r1 training cost?".
  {
    kind: "money",
    test: /^(?!.*\b(what|whats|which|who|whose|why|how|when|where|is|are|was|were|did|does|do|can|could|should|would|will)\b).*\b(price|prices|cost|costs|pricing|capex|budget)\b/,
  },
  {
    kind: "list",
    test: /\bwhich (\w+ )?(chips|gpus|cards|models|ones|benchmarks|countries|companies)\b|\bwhat (\w+ )?(chips|gpus|cards|models|benchmarks)\b|\blist\b|\bname (the|all)\b/,
  },
  {
    kind: "entity",
    test: /\b(what|which|whats|what'?s) (the |an? )?(\w+ )?(algo|algorithm|method|technique|approach|licen[cs]e|hardware|framework|journal|paper)s?\b/,
  },
  {
    kind: "entity",
    test: /\bwho\b(?!.*\b(wins?|won|better|ahead|faster|cheaper)\b)|\bwhose\b|\bwhich (company|companies|firm|firms|person|people|analysts?|bank|lab|labs|fund|group|journal|outlet|site|publication)\b|\bwhat (company|firm|hedge fund|fund|lab|bank|journal)\b/,
  },
  {
    kind: "definition",
    test: /\bmean(s|t)? by\b|\bwhat('s| is|s) (the|this|that) .{1,40} thing\b|\bwhat (does|do) .{1,30} stand for\b/,
  },
  {
    kind: "view",
    test: new RegExp(
      `\\bwhat (did|does|do|was|is|were|are) .{1,50}\\b(say|said|saying|think|thinks|thought|claim\\w*|argu\\w*|conclud\\w*|reckon\\w*|believ\\w*|writ\\w*|wrote|mean|take|view|stance|opinion|position|verdict)\\b|\\bhow did .{1,40}\\b(react|respond|reply)\\b|\\b(did|does|has|have)\\b.{1,40}${SAYING_WORDS}\\s+(anything|something|much|about)\\b|\\b(react\\w*|respon\\w*|statement|comment\\w*|opinion|view|take on|stance)\\b`,
    ),
  },
  {
    kind: "comparison",
    test: /\bvs\.?\b|\bversus\b|\bcompared?\b|\bcomparison\b|\bbetter\b|\bworse\b|\bdiff(erence|erent)?\b|\bbeat\w*\b|\bwins?\b|\bwon\b|\bsmoke\b|\boutperform\w*\b|\bas good as\b|\bon par\b|\bahead\b|\bbehind\b|\b\w+er than\b|\bmore than\b|\bless than\b/,
  },
  {
    kind: "figure",
    test: /\bhow (big|large|fast|good|well|high|low|long|far|old|small|smart|strong|much)\b|\bsize\b|\bparams?\b|\bparameters\b|\bscores?d?\b|\brating\b|\bbenchmarks?\b|\bnumbers?\b|\bstats\b|\bspecs?\b|\bbandwidth\b|\bspeed\b|\bhow much\b/,
  },
  {
    kind: "definition",
    test: /^(so |ok |wait |and |but )*(what(?:'s| is| are| was|s)|whats|(?:wtf|wth|tf) is|define|explain|meaning of|eli5\b:?(?! (?:pls |please )?(?:why|how|who|when|where|which)))\b|\bwhat (does|do) .{1,40} (mean|stand for)\b|\bwhat is (a|an|the)\b|^what [^?]{1,40} (is|are|means)\s*\??$/,
  },
  {
    kind: "yesno",
    test: /^(so |ok |wait |and |but |like |but like )*(is|are|was|were|did|does|do|can|could|has|have|had|will|would|should|isn'?t|aren'?t|didn'?t|doesn'?t|wasn'?t)\b|\bis it (true|legit|real)\b|\b(legit|true)\b.*\?|\bor (nah|not|no)\b|\bright\?|\bcap\b/,
  },
];

/** Every kind the wordings point to (the question as typed, and as read with synonyms), most specific first. */
export function answerKinds(...wordings: string[]): AnswerKind[] {
  // The wordings are often the same words (nothing read differently): each distinct one is tested once.
  const qs = [...new Set(wordings.map((w) => w.toLowerCase()))];
  const kinds = [...new Set(RULES.filter((r) => qs.some((q) => r.test.test(q))).map((r) => r.kind))];
  // "how much did it fall" is a change, not a bare figure; money words make "how much" an amount of money.
  if (kinds.includes("change") || kinds.includes("money") || kinds.includes("count") || kinds.includes("duration"))
    return kinds.filter((k) => k !== "figure");
  return kinds.length > 0 ? kinds : ["other"];
}
