/** The languages the bot speaks: English, the reference, and five Discord locales. */
export const LOCALES = ["en", "de", "fr", "es-ES", "pt-BR", "ja"] as const;

export type Locale = (typeof LOCALES)[number];

/** The languages besides English, as Discord names them in localisation maps. */
export type Translated = Exclude<Locale, "en">;

/**
 * The language to reply in, from the Discord locale of the person's client: ours when we speak it, Latin American
 * Spanish read as Spain's, anything else (or none, as in the console) English.
 */
export function localeOf(discordLocale: string | null | undefined): Locale {
  if (discordLocale === "es-419") return "es-ES";
  return LOCALES.find((l) => l === discordLocale) ?? "en";
}
