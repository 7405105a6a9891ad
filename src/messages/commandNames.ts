import type { Translated } from "./locale.js";

/**
 * Command and option names as Discord shows them in each language. Slash command and option names follow Discord's
 * rule (lowercase, no spaces, at most 32 characters); the message command's name is a menu label, so it may have
 * both. Discord still sends the English name with every interaction, so the bot routes by that alone.
 */
export const COMMAND_NAMES = {
  ask: { de: "fragen", fr: "demander", "es-ES": "preguntar", "pt-BR": "perguntar", ja: "質問" },
  summary: { de: "zusammenfassung", fr: "résumé", "es-ES": "resumen", "pt-BR": "resumo", ja: "要約" },
  sources: { de: "quellen", fr: "sources", "es-ES": "fuentes", "pt-BR": "fontes", ja: "出典" },
  check: { de: "prüfen", fr: "vérifier", "es-ES": "comprobar", "pt-BR": "verificar", ja: "確認" },
  help: { de: "hilfe", fr: "aide", "es-ES": "ayuda", "pt-BR": "ajuda", ja: "ヘルプ" },
  stats: { de: "statistik", fr: "statistiques", "es-ES": "estadísticas", "pt-BR": "estatísticas", ja: "統計" },
  "Check with sources": {
    de: "Mit Quellen prüfen",
    fr: "Vérifier avec les sources",
    "es-ES": "Comprobar con las fuentes",
    "pt-BR": "Verificar com as fontes",
    ja: "出典で確認",
  },
  question: { de: "frage", fr: "question", "es-ES": "pregunta", "pt-BR": "pergunta", ja: "質問内容" },
  claim: { de: "behauptung", fr: "affirmation", "es-ES": "afirmación", "pt-BR": "afirmação", ja: "主張" },
  private: { de: "privat", fr: "privé", "es-ES": "privado", "pt-BR": "privado", ja: "非公開" },
} satisfies Record<string, Record<Translated, string>>;

/** A command or option's English name. */
export type CommandName = keyof typeof COMMAND_NAMES;
