import type { ModalSubmitInteraction } from "discord.js";
import type { Locale } from "../../messages/locale.js";
import type { Command, CommandContext } from "../command.js";
import type { InteractionDeps, RunOptions, Trace } from "../deps.js";
import type { Reply } from "../reply.js";

/** What a modal's `run` is handed: the submission, on an answer found and checked to belong here. */
export interface Submission {
  interaction: ModalSubmitInteraction;
  answerId: string;
  deps: InteractionDeps;
  trace: Trace;
  /** performance.now() when the interaction arrived. */
  started: number;
  locale: Locale;
  /** Answers the submission with a reply of its own. */
  send(reply: Reply): Promise<void>;
  /** Runs a command for the submission and answers with what it returns, as a slash command is answered. */
  respond(command: Command, ctx: CommandContext, opts: RunOptions): Promise<void>;
}

/** One kind of modal, on an answer: how its custom id is read, and what a submission does, side by side. */
export interface ModalKind {
  prefix: string;
  parse(customId: string): { answerId: string } | null;
  run(submission: Submission): Promise<void>;
}
