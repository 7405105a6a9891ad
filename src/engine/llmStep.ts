import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import type { RunnableConfig } from "@langchain/core/runnables";
import { LRUCache } from "lru-cache";
import { type ReplyFailure, streamReply } from "../llm/streamReply.js";
import type { Logger } from "../log.js";
import type { ComposeParts, ComposeStep, Retrieved } from "./chain.js";
import { composeExtractive } from "./compose.js";
import { formatContext } from "./context.js";
import type { Draft } from "./draft.js";
import { earlierForPrompt } from "./followUp.js";
import { type AnswerLine, citesIn, type RemarkCode, remarkLine } from "./lines.js";
import { normaliseQuestion } from "./memo.js";
import { createAnswerReader, parseModelOutput } from "./modelOutput.js";
import { ProseVerifier, renumber, verifyModelAnswer } from "./modelVerify.js";
import { FOLLOW_UP_TEMPLATE, SYSTEM_PROMPT, USER_TEMPLATE } from "./prompts.js";

export interface LlmStepOptions {
  model: BaseChatModel;
  promptTokenBudget: number;
  answerCacheSeconds: number;
  /** Everything a model answer may take, from this step's start to its verified draft. */
  answerDeadlineMs: number;
  /** Longest silence from the model, before its first piece or between two. */
  streamIdleMs: number;
  /** Most characters read from one reply. */
  maxReplyChars: number;
  /** Further attempts after a failure that may pass, while they fit inside the deadline. */
  maxRetries: number;
  log: Logger;
}

/** Per-call streaming hook, passed in the chain's RunnableConfig. */
export interface StreamConfig {
  /** Receives the verified sentences written so far: nothing unchecked is ever handed out. */
  onPartial?: (prose: string) => void;
}

export const FALLBACK_NOTE = "note.fallback";
export const LATE_NOTE = "note.late";
export const NOT_COVERED_NOTE = "note.not_covered";
const SHUTDOWN_NOTE = "note.shutdown";

const NOTE_FOR: Record<ReplyFailure, RemarkCode> = {
  deadline: LATE_NOTE,
  stalled: LATE_NOTE,
  too_long: FALLBACK_NOTE,
  error: FALLBACK_NOTE,
  stopped: SHUTDOWN_NOTE,
};

/** Kept back from the deadline for parsing and verifying the reply, which is linear in its capped size. */
const VERIFY_RESERVE_MS = 200;

const PROMPT = ChatPromptTemplate.fromMessages([
  ["system", SYSTEM_PROMPT],
  ["human", USER_TEMPLATE],
]);
const FOLLOW_UP_PROMPT = ChatPromptTemplate.fromMessages([
  ["system", SYSTEM_PROMPT],
  ["human", FOLLOW_UP_TEMPLATE],
]);

/**
 * The language-model compose step: decide scope cheaply (the extractive step declines what the documents cannot
 * answer, before paying for a call), prompt with numbered passages, read the reply within the answer's deadline,
 * hand out each sentence once it is verified, verify the whole, and fall back to the extractive answer whenever
 * the model fails, is late, says NOT_COVERED, or leaves nothing that stands.
 */
export function llmStep(options: LlmStepOptions) {
  const cache =
    options.answerCacheSeconds > 0
      ? new LRUCache<string, Draft>({ max: 1_000, ttl: options.answerCacheSeconds * 1000 })
      : null;
  return ({ corpus, stop, decision }: ComposeParts): ComposeStep =>
    async (s: Retrieved, config?: RunnableConfig): Promise<Draft> => {
      const started = performance.now();
      const quick = composeExtractive(s.understanding, s.context, corpus, decision);
      if (quick.declined) return quick;
      // A follow-up's answer depends on the conversation before it: only questions asked alone are cached.
      const key = s.earlier.length === 0 ? normaliseQuestion(s.question) : null;
      const hit = key === null ? undefined : cache?.get(key);
      if (hit) return hit;
      if (stop?.aborted) return withNote(quick, SHUTDOWN_NOTE);

      const onPartial = (config?.configurable as StreamConfig | undefined)?.onPartial;
      const earlier = s.earlier.length > 0 ? earlierForPrompt(s.earlier, options.promptTokenBudget) : null;
      const prompt = formatContext(s.context, corpus, options.promptTokenBudget - (earlier?.tokens ?? 0));
      // A follow-up is shown as asked: the earlier questions beside it say what it refers to.
      const question = (earlier?.text ? s.asked : s.question).replace(/<\/?question>/gi, "");
      const messages = earlier?.text
        ? await FOLLOW_UP_PROMPT.formatMessages({ passages: prompt.text, earlier: earlier.text, question })
        : await PROMPT.formatMessages({ passages: prompt.text, question });
      const verifier = new ProseVerifier(prompt.used, corpus, s.question);
      const reader = createAnswerReader();
      const shown: string[] = [];
      const order: number[] = [];
      const outcome = await streamReply(
        options.model,
        messages,
        {
          deadlineAt: started + options.answerDeadlineMs - VERIFY_RESERVE_MS,
          idleMs: options.streamIdleMs,
          maxChars: options.maxReplyChars,
          maxRetries: options.maxRetries,
          stop,
        },
        (piece) => {
          if (!onPartial) return;
          let grew = false;
          for (const sentence of reader.push(piece)) {
            const checked = verifier.check(sentence);
            if ("cut" in checked) continue;
            for (const n of checked.cites) if (!order.includes(n)) order.push(n);
            shown.push(renumber(checked.text, (n) => order.indexOf(n) + 1));
            grew = true;
          }
          if (grew) onPartial(shown.join(" "));
        },
      );
      const ms = Math.round(performance.now() - started);
      if (!outcome.ok) {
        options.log(
          "model_failed",
          {
            reason: outcome.reason,
            attempts: outcome.attempts,
            chars: outcome.chars,
            ms,
            ...(outcome.error ? { error: describeError(outcome.error) } : {}),
          },
          "warn",
        );
        return withNote(quick, NOTE_FOR[outcome.reason]);
      }
      options.log("model_tokens", {
        promptTokens: outcome.usage?.input_tokens ?? null,
        outputTokens: outcome.usage?.output_tokens ?? null,
        contextTokens: prompt.tokens + (earlier?.tokens ?? 0),
        attempts: outcome.attempts,
        ms,
      });

      const parsed = parseModelOutput(outcome.text);
      if (!parsed) {
        options.log("model_output_unusable", { chars: outcome.text.length }, "warn");
        return withNote(quick, FALLBACK_NOTE);
      }
      // The extractive step found an answer before the call: the model's NOT_COVERED does not overrule it.
      if (parsed.notCovered) {
        options.log("model_not_covered", {});
        return withNote(quick, NOT_COVERED_NOTE);
      }
      const verified = await verifyModelAnswer(parsed, verifier);
      if (!verified) {
        options.log("model_answer_unverifiable", { quotes: parsed.quotes.length }, "warn");
        return withNote(quick, FALLBACK_NOTE);
      }
      const { dropped } = verified;
      if (dropped.quotes + dropped.markers + dropped.sentences + dropped.links > 0)
        options.log("model_answer_trimmed", dropped);
      const prose: AnswerLine = { kind: "prose", text: verified.answer, cites: citesIn(verified.answer) };
      const draft: Draft = { declined: false, lines: [prose], excerpts: verified.excerpts, mode: "generated" };
      if (key !== null) cache?.set(key, draft);
      return draft;
    };
}

/** The quick answer with the bot's remark on why the model's did not stand. */
function withNote(draft: Draft, note: RemarkCode): Draft {
  return draft.declined ? draft : { ...draft, lines: [...draft.lines, remarkLine(note)] };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
