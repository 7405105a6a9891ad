import type { ButtonInteraction } from "discord.js";
import type { Pressed } from "../bound.js";
import type { InteractionDeps, Trace } from "../deps.js";
import type { Reply } from "../reply.js";

/** What a button's `run` is handed: the press, what the edge knows, and the ways it may answer. */
export interface Press<P> {
  interaction: ButtonInteraction;
  parsed: P;
  deps: InteractionDeps;
  trace: Trace;
  /** For a button on an answer: the answer it acts on, found and checked to belong here (null: found in memory). */
  answer: Extract<Pressed, { kind: "live" }> | null;
  /** Answers the press with a reply of its own. */
  send(reply: Reply): Promise<void>;
  /** Shows a reply in place of the message the button sits on. */
  update(reply: Reply): Promise<void>;
  /** Says why the press cannot act; an expired button is disabled on its message. */
  refuse(why: Exclude<Pressed, { kind: "live" }>): Promise<void>;
}

/**
 * One kind of button: how its custom id is written and read, and what a press does, side by side. `answerId` names
 * the answer a button on an answer acts on: the edge then checks it belongs to this server and channel and has not
 * expired before `run`.
 */
export interface ButtonKind<P> {
  /** The id's first part, before any ":". */
  prefix: string;
  parse(customId: string): P | null;
  answerId?(parsed: P): string;
  /** Acts only where answers are kept in a database (votes, follow-ups). */
  needsRecords?: boolean;
  /** What the press did, for the interaction's log line. */
  run(press: Press<P>): Promise<string | undefined>;
}

/** The parts of a custom id after its prefix: "vote:123:up" is ["123", "up"] for "vote". */
export function idParts(customId: string, prefix: string): string[] | null {
  const [head, ...rest] = customId.split(":");
  return head === prefix ? rest : null;
}
