import type { FileProblem } from "./knowledge/types.js";
import type { Locale } from "./messages/locale.js";
import { say } from "./messages/say.js";

/** Base of every error storybot raises on purpose; `code` lets the edges choose what to say. */
export class StorybotError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Configuration that cannot work; `problems` names every bad variable, one line each. */
export class ConfigError extends StorybotError {
  constructor(readonly problems: string[]) {
    super("config", `Configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** The data folder or its database cannot be used; the message names the folder and what to do. */
export class StorageError extends StorybotError {
  constructor(message: string, cause?: unknown) {
    super("storage", message, { cause });
  }
}

/** A knowledge file that cannot be used; start-up stops and names the file and the reason. */
export class KnowledgeError extends StorybotError {
  constructor(readonly problems: readonly FileProblem[]) {
    super(
      "knowledge",
      `The knowledge base has problems:\n${problems.map((p) => `  - ${p.file}${p.line ? `:${p.line}` : ""}: ${p.problem}`).join("\n")}`,
    );
  }
}

/** Errors a user may be told about, each with its message in src/messages. Anything else is never shown to a user. */
export type UserMessageCode =
  | "internal"
  | "cooldown"
  | "unknown_command"
  | "expired_button"
  | "foreign_button"
  | "shutting_down";

type MessageVars = Record<string, string | number>;

/** A user-facing message in the reader's language (default English) with its {placeholders} filled in. */
export function userMessage(code: UserMessageCode, vars: MessageVars = {}, locale: Locale = "en"): string {
  return say(locale, `error.${code}`, vars);
}

/** An error whose message is written for the person who triggered it; the edge says it in their language. */
export class UserFacingError extends StorybotError {
  constructor(
    override readonly code: UserMessageCode,
    readonly vars: MessageVars = {},
  ) {
    super(code, userMessage(code, vars));
  }
}
