import { formatDate } from "../text/attribution.js";
import { COMMAND_NAMES, type CommandName } from "./commandNames.js";
import { DE } from "./de.js";
import { EN, type MessageKey } from "./en.js";
import { ES } from "./es.js";
import { FR } from "./fr.js";
import { JA } from "./ja.js";
import type { Locale } from "./locale.js";
import { PT } from "./pt.js";

/** Every language's messages, English the reference. */
export const CATALOGUES: Readonly<Record<Locale, Record<MessageKey, string>>> = {
  en: EN,
  de: DE,
  fr: FR,
  "es-ES": ES,
  "pt-BR": PT,
  ja: JA,
};

/** A {placeholder} in a message: a value's name, or a command as `/name`. */
export const PLACEHOLDER = /\{(\/?)([\w ]+)\}/g;

/** A command or option's name as the reader's client shows it. */
export function localName(name: CommandName, locale: Locale): string {
  return locale === "en" ? name : COMMAND_NAMES[name][locale];
}

/** One of the bot's messages in the reader's language, its {values} and {/commands} filled in. */
export function say(locale: Locale, key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return CATALOGUES[locale][key].replace(PLACEHOLDER, (_, slash: string, name: string) =>
    slash ? `/${localName(name as CommandName, locale)}` : String(vars[name] ?? ""),
  );
}

/** A document's date as the reader writes dates: "27 Jan 2025", "27. Jan. 2025", "2025年1月27日". */
export function localDate(iso: string, locale: Locale): string {
  if (locale === "en") return formatDate(iso);
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return iso;
  const parts: Intl.DateTimeFormatOptions = d
    ? { day: "numeric", month: "short", year: "numeric" }
    : m
      ? { month: "short", year: "numeric" }
      : { year: "numeric" };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: "UTC" }).format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}
