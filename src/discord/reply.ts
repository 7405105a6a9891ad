import type { APIEmbed } from "discord.js";
import type { Turn } from "../engine/types.js";
import type { Locale } from "../messages/locale.js";
import type { Card } from "./card.js";

/**
 * What a command answers, before it becomes a Discord message or console text. Plain data, so the console can print
 * exactly what Discord would show.
 */
export interface Reply {
  /** Only the person who asked sees it. */
  ephemeral: boolean;
  content?: string;
  /** Evidence cards: Discord shows them as Components V2 (or, where it refuses them, as embeds), the console as text. */
  cards?: Card[];
  embeds: APIEmbed[];
  /** The private reply behind a "More excerpts" button; no button when absent. */
  more?: Reply;
  /** Show a "Sources" button. */
  sourcesButton?: boolean;
  /**
   * One page of a reply too long for one message: which command made it, and where the page sits. Discord shows
   * buttons to the neighbouring pages, which the command makes again when pressed.
   */
  page?: { command: string; index: number; count: number };
  /** Every page of a paged reply, this one first: the console prints them all, Discord one at a time. */
  pages?: readonly Reply[];
  /** Nothing was answered or checked (blank input, a decline): it does not use up the asker's cooldown. */
  unanswered?: boolean;
  /** A question or claim to log, and, when it was answered, to put 👍/👎 buttons under. */
  record?: Recorded;
  /** An answer a later question may follow up: what that question builds on. */
  turn?: Turn;
  /** Show "Ask a follow-up" under it (a public answer outside a follow-up thread, where /ask already follows up). */
  followUp?: boolean;
  /** The language of its buttons' labels (default English), the reader's. */
  locale?: Locale;
  /** Which excerpts quote a file, and what they quote: a reply shown again is checked against the file then. */
  quotes?: readonly QuotedField[];
  /**
   * The content as plain text, where the content escapes someone's words for Discord (a decline): what a surface
   * without Markdown prints instead.
   */
  contentText?: string;
}

/** An excerpt that stands in quotation marks, and the file's words it shows. */
export interface QuotedField {
  /** Its block in the first card; in a reply kept before cards (embeds only), its field in the first embed. */
  field: number;
  path: string;
  text: string;
}

/** What the question log and the votes keep about one /ask or /check. */
export interface Recorded {
  command: string;
  text: string;
  mode: string;
  declined: boolean;
  declineReason: string | null;
  /** Ids of the documents the reply quotes, each once. */
  docs: readonly string[];
}

export function notice(text: string, ephemeral = true): Reply {
  return { ephemeral, content: text, embeds: [] };
}

/** True when a reply gets 👍/👎: an answer or a fact check that was answered, once the bot keeps votes. */
export const takesVotes = (reply: Reply): boolean => reply.record !== undefined && !reply.record.declined;
