import type { FileProblem } from "./knowledge/types.js";

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

/** Messages a user may see. Anything not in this table is never shown to a user. */
export const USER_MESSAGES = {
  internal: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
  cooldown: "You're asking quickly. Please try again in {seconds} s.",
  /** {commands}: the real ones, from the command registry of wherever it is shown. */
  unknown_command: "I don't know that command. Try {commands}.",
  expired_button: "That button has expired. Ask again with /ask to get fresh excerpts.",
  foreign_button: "Those buttons belong to someone else's question. Ask your own with /ask.",
  shutting_down: "I'm restarting right now. Please ask again in a minute.",
} as const;

export type UserMessageCode = keyof typeof USER_MESSAGES;

/** A message from the table with its {placeholders} filled in. */
export function userMessage(code: UserMessageCode, vars: Record<string, string | number> = {}): string {
  return USER_MESSAGES[code].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}

/** An error whose message is written for the person who triggered it. */
export class UserFacingError extends StorybotError {
  constructor(code: UserMessageCode, vars: Record<string, string | number> = {}) {
    super(code, userMessage(code, vars));
  }
}
