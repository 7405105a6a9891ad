import type { SourceInfo } from "../engine/types.js";
import type { Locale } from "../messages/locale.js";

/** What every renderer needs besides the thing it renders. */
export interface RenderContext {
  sources: readonly SourceInfo[];
  asOf: string;
  /** The reader's language for the bot's own words (default English); quotes and notes stay as written. */
  locale?: Locale;
  /** What the bot is about, named in declines (default "this story"). */
  topic?: string;
}

export const localeOf = (ctx: RenderContext): Locale => ctx.locale ?? "en";
