import {
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type RepliableInteraction,
} from "discord.js";
import { commands, findCommand, slashCommandList } from "../../commands/index.js";
import type { Engine } from "../engine/engine.js";
import { UserFacingError, userMessage } from "../errors.js";
import type { Logger } from "../log.js";
import { localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Store } from "../store/index.js";
import { pressedAnswer } from "./bound.js";
import { onButton } from "./buttons.js";
import type { ClickLimit } from "./clickLimit.js";
import { type Command, type CommandContext, recordOptions } from "./command.js";
import type { Cooldown } from "./cooldown.js";
import {
  type Conversation,
  FOLLOW_UP_MODAL,
  followUpQuestion,
  modalConversation,
  threadConversation,
} from "./followUp.js";
import { logQuestion } from "./keep.js";
import { NO_MENTIONS } from "./payload.js";
import { notice, type Reply } from "./reply.js";
import type { ReplyStore } from "./replyStore.js";
import { send, sendFirst } from "./send.js";
import { throttledEdits } from "./throttledEdits.js";
import { onReason, REASON_MODAL } from "./votes.js";

/** Commands that cost real work and so count against the per-user cooldown. */
const RATE_LIMITED = new Set(["ask", "check", "Check with sources"]);
/** How long a streaming command may take to turn out quick (a decline, a cached answer) before it is deferred. */
const QUICK_MS = 150;
/** Reply directly when the answer is ready within this; otherwise defer first (Discord allows 3 s). */
const DEFER_AFTER_MS = 1_500;

export interface InteractionDeps {
  engine: Engine;
  cooldown: Cooldown;
  /** Per-user limit on button presses (none when absent). */
  clicks?: ClickLimit;
  store: ReplyStore;
  /** The database: votes, the question log, and "More excerpts" that outlive a restart. None: nothing is kept. */
  records?: Store | null;
  log: Logger;
  /** Reply directly when the answer is ready within this; otherwise defer first (Discord allows 3 s). */
  deferAfterMs?: number;
  isShuttingDown?: () => boolean;
  /** Streamed answers are edited at most this often (Discord rate-limits edits). */
  editIntervalMs?: number;
}

/** Routes every interaction, and is the one place errors become friendly private replies. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      await interaction.respond([]).catch((error) => replyWithError(interaction, error, deps.log));
      return;
    }
    const started = performance.now();
    const trace: Trace = { command: traceName(interaction), outcome: "answered" };
    try {
      if (!interaction.isRepliable()) return;
      if (deps.isShuttingDown?.()) {
        trace.outcome = "shutting_down";
        await sendFirst(interaction, notice(userMessage("shutting_down", {}, localeOf(interaction.locale))), deps);
        return;
      }
      if (interaction.isButton()) await onButton(interaction, deps, trace);
      else if (interaction.isModalSubmit()) await onModal(interaction, deps, trace, started);
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await onCommand(interaction, deps, trace, started);
      else {
        trace.outcome = "unknown_command";
        const locale = localeOf(interaction.locale);
        const commands = slashCommandList(locale);
        await sendFirst(interaction, notice(userMessage("unknown_command", { commands }, locale)), deps);
      }
    } catch (error) {
      trace.outcome = error instanceof UserFacingError ? error.code : "error";
      await replyWithError(interaction, error, deps.log);
    } finally {
      deps.log("interaction", {
        command: trace.command,
        guildId: interaction.guildId,
        latencyMs: Math.round(performance.now() - started),
        mode: trace.mode ?? null,
        outcome: trace.outcome,
        declineReason: trace.declineReason ?? null,
        answerId: trace.answerId ?? null,
      });
    }
  };
}

/** What one interaction's log line says about it, filled in as it is handled. */
export interface Trace {
  command: string;
  outcome: string;
  mode?: string;
  answerId?: string;
  declineReason?: string;
}

function traceName(interaction: Interaction): string {
  if (interaction.isCommand()) return interaction.commandName;
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return `${interaction.isModalSubmit() ? "modal" : "button"}:${interaction.customId.split(":")[0]}`;
  return `type:${interaction.type}`;
}

async function onCommand(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  const command = findCommand(interaction.commandName);
  // Discord sends the English name whatever the user's language, so the registry's names route every command.
  if (!command)
    throw new UserFacingError("unknown_command", { commands: slashCommandList(localeOf(interaction.locale)) });
  const rateLimited = RATE_LIMITED.has(interaction.commandName);
  if (rateLimited) await takeTurn(interaction, deps);
  // In a thread the bot opened on an answer, a question is read with the ones asked there before it.
  const where = command.followsUp ? await threadConversation(interaction, deps.records ?? null) : null;
  const ctx: CommandContext = {
    engine: deps.engine,
    locale: localeOf(interaction.locale),
    guildId: interaction.guildId,
    stats: deps.records ?? null,
    // Checked here, from the member's own permissions: a server may have lifted /stats' default requirement.
    viewer: {
      channelId: interaction.channelId,
      managesServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
    options: {
      getString: (name) =>
        optionOrNull(() => (interaction.isChatInputCommand() ? interaction.options.getString(name) : null)),
      getBoolean: (name) =>
        optionOrNull(() => (interaction.isChatInputCommand() ? interaction.options.getBoolean(name) : null)),
    },
    ...(interaction.isMessageContextMenuCommand()
      ? {
          targetMessage: {
            content: interaction.targetMessage.content,
            attachmentCount: interaction.targetMessage.attachments.size,
            embedCount: interaction.targetMessage.embeds.length,
          },
        }
      : {}),
    ...(where === "stray"
      ? { strayThread: true }
      : where
        ? { followUp: { earlier: where.earlier, in: "thread" } }
        : {}),
  };
  const wantsPrivate =
    (ctx.options.getBoolean("private") ?? interaction.isMessageContextMenuCommand()) || where === "stray";
  const conversation = where === "stray" ? null : where;
  await run(interaction, command, ctx, { wantsPrivate, rateLimited, conversation }, deps, trace, started);
}

/** The per-user cooldown, for commands that cost real work. */
async function takeTurn(interaction: RepliableInteraction, deps: InteractionDeps): Promise<void> {
  const wait = await deps.cooldown.take(interaction.user.id);
  if (wait > 0) throw new UserFacingError("cooldown", { seconds: wait });
}

export interface RunOptions {
  /** The reply will be private: a deferred acknowledgement must be too. */
  wantsPrivate: boolean;
  /** Counts against the cooldown; a question left unanswered gives its turn back. */
  rateLimited: boolean;
  /** The conversation the question continues: the answer is added to it. */
  conversation: Conversation | null;
}

/** Runs a command and sends what it answers: at once when quick, else deferred and filled in (streamed if it can). */
async function run(
  interaction: RepliableInteraction,
  command: Command,
  ctx: CommandContext,
  opts: RunOptions,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  const deferAfter = deps.deferAfterMs ?? DEFER_AFTER_MS;
  // A model answer takes seconds and streams: give it only a moment to turn out to be a quick decline or a cached
  // answer, then acknowledge and let the reply grow. Anything else gets until deferAfter to answer in one call.
  const streams = command.slow?.(ctx) ?? false;
  const progress = throttledEdits(interaction, deps.editIntervalMs ?? 1_000);
  // Only questions answered or checked use up the cooldown: blank input and declines give their turn back.
  const pending = command.execute(streams ? { ...ctx, onProgress: progress.show } : ctx).then((reply) => {
    if (reply.unanswered && opts.rateLimited) deps.cooldown.giveBack(interaction.user.id);
    return reply;
  });
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<"slow">(
    (resolve) => (timer = setTimeout(() => resolve("slow"), streams ? QUICK_MS : deferAfter)),
  );
  const conversationId = opts.conversation?.id ?? null;
  // Streaming text means a real answer is on its way: acknowledge at its first words rather than wait.
  let reply = await Promise.race([pending, slow, progress.firstShown]).finally(() => clearTimeout(timer));
  if (reply === "slow") {
    // Not ready in time: acknowledge now so Discord does not give up on us (10062), then fill the reply in.
    await interaction.deferReply(opts.wantsPrivate ? { flags: MessageFlags.Ephemeral } : {});
    progress.start();
    reply = await pending;
    await progress.settle();
  }
  await send(interaction, reply, deps, conversationId);
  if (conversationId && reply.turn) deps.records?.addTurn(conversationId, reply.turn);
  traceQuestion(interaction, reply, deps, trace, started, opts.wantsPrivate);
}

/** The reply's part of the interaction's log line; the question goes into the question log. */
function traceQuestion(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
  wantsPrivate: boolean,
): void {
  if (reply.unanswered) trace.outcome = "declined";
  trace.declineReason = reply.record?.declineReason ?? undefined;
  trace.mode = reply.record?.mode;
  const latency = Math.round(performance.now() - started);
  trace.answerId = logQuestion(interaction, reply, deps, latency, { private: wantsPrivate }) ?? undefined;
}

/** An option of the wrong type (a stale command definition, a crafted request) reads as missing, not as a crash. */
function optionOrNull<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

async function onModal(
  interaction: ModalSubmitInteraction,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  const [kind, key] = interaction.customId.split(":");
  const ask = commands.find((c) => c.followsUp);
  const known = kind === REASON_MODAL || (kind === FOLLOW_UP_MODAL && ask);
  if (known && key && deps.records) {
    trace.answerId = key.slice(0, 32);
    // A modal's id is as open to crafting as a button's: it acts only on an answer of this server and channel.
    const pressed = await pressedAnswer(interaction, key, deps.records);
    if (pressed.kind !== "live") {
      trace.outcome = pressed.kind;
      const code = pressed.kind === "expired" ? "error.expired_button" : (`button.${pressed.kind}` as const);
      await sendFirst(interaction, notice(say(localeOf(interaction.locale), code)), deps);
      return;
    }
    if (kind === REASON_MODAL) {
      trace.outcome = await onReason(interaction, key, deps.records);
      return;
    }
  }
  if (kind === FOLLOW_UP_MODAL && key && deps.records && ask) {
    const locale = localeOf(interaction.locale);
    const conversation = await modalConversation(deps.records, key, interaction.guildId);
    if (!conversation) {
      trace.outcome = "expired";
      await sendFirst(interaction, notice(userMessage("expired_button", {}, locale)), deps);
      return;
    }
    await takeTurn(interaction, deps);
    const ctx: CommandContext = {
      engine: deps.engine,
      guildId: interaction.guildId,
      locale,
      options: recordOptions({ question: followUpQuestion(interaction) }),
      followUp: { earlier: conversation.earlier, in: "modal" },
    };
    const opts = { wantsPrivate: false, rateLimited: true, conversation };
    await run(interaction, ask, ctx, opts, deps, trace, started);
    return;
  }
  trace.outcome = "foreign";
  await sendFirst(interaction, notice(userMessage("foreign_button", {}, localeOf(interaction.locale))), deps);
}

async function replyWithError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const known = error instanceof UserFacingError;
  if (!known)
    log(
      "interaction_failed",
      { interactionId: interaction.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      "error",
    );
  if (!interaction.isRepliable()) return;
  const locale = localeOf(interaction.locale);
  const text = known ? userMessage(error.code, error.vars, locale) : userMessage("internal", {}, locale);
  try {
    if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (replyError) {
    // The interaction may have expired; there is no one left to tell, so log and carry on serving others.
    log("error_reply_failed", { interactionId: interaction.id, error: String(replyError) }, "warn");
  }
}
