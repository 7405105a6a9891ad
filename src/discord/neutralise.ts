import type { APIEmbed } from "discord.js";
import { stripUnsafe } from "../text/unsafeChars.js";
import { LIMITS, truncate } from "./limits.js";

/** Any character one of inert's passes acts on, or a line start one of them may: text with none is inert as it is. */
const MAYBE_ACTIVE = /[\u200b-\u200f\u2060-\u2064\ufeff\\*_~`|[\]@<]|^\s*(?:>|#|-|\d)/m;

/**
 * Text from users or documents, made inert: every Markdown control character escaped (escaping one too many is
 * harmless, one too few is a formatting trick), no mentions that could resolve, no invisible marks. One pass of
 * regular expressions, since every reply renders dozens of these (discord.js's escapeMarkdown is far slower).
 */
export function inert(text: string): string {
  const safe = stripUnsafe(text);
  if (!MAYBE_ACTIVE.test(safe)) return safe;
  // Line starts Discord reads as structure: quotes (">", ">>>"), headings ("#" to "###"), subtext ("-#"), lists.
  return safe
    .replace(/[\u200b-\u200f\u2060-\u2064\ufeff]/g, "")
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    .replace(/^(\s*)(>>>|>|#{1,3}|-#|-|\d+\.)(?=\s)/gm, "$1\\$2")
    .replace(/@(everyone|here)/g, "@\u200b$1")
    .replace(/<(@[!&]?|#)(\d+)>/g, "<\u200b$1$2>");
}

const MENTION = String.raw`(?:@everyone|@here|<@[!&]?\d+>|<#\d+>)`;
/** Two or more mentions in a row ("@everyone @everyone …"), however they are spaced. */
const MENTION_RUN = new RegExp(String.raw`${MENTION}(?:[\s,]*${MENTION})+`, "g");
const FIRST_MENTION = new RegExp(`^${MENTION}`);

/**
 * A question as a title: one line, a run of mentions shown once (a wall of 45 @everyone is noise, even defused),
 * made inert (no bidirectional overrides or isolates among the characters it strips), within Discord's limit.
 */
export function titleOf(question: string): string {
  const line = stripUnsafe(question)
    .replace(/\s+/g, " ")
    .replace(MENTION_RUN, (run) => `${FIRST_MENTION.exec(run)?.[0] ?? ""} …`)
    .trim();
  return truncate(inert(line), LIMITS.embedTitle);
}

/**
 * Keeps an embed inside every Discord limit: each part is trimmed at word boundaries and, if the whole is still
 * too long, fields are dropped from the end (the description is never dropped).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title) fitted.title = truncate(fitted.title, LIMITS.embedTitle);
  if (fitted.description) fitted.description = truncate(fitted.description, LIMITS.embedDescription);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, LIMITS.footer) };
  fitted.fields = (fitted.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
    ...f,
    name: truncate(f.name, LIMITS.fieldName) || "\u200b",
    value: truncate(f.value, LIMITS.fieldValue) || "\u200b",
  }));
  while (embedLength(fitted) > LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.description) {
    fitted.description = truncate(
      fitted.description,
      Math.max(100, fitted.description.length - (embedLength(fitted) - LIMITS.embedTotal)),
    );
  }
  return fitted;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
