import type { LocalizationMap } from "discord.js";
import { COMMAND_NAMES, type CommandName } from "../messages/commandNames.js";
import type { Translated } from "../messages/locale.js";

/**
 * Command and option descriptions in German, French, Spanish, Brazilian Portuguese and Japanese, which Discord shows
 * by each user's language. The names are in src/messages, where replies read them to name commands as the reader's
 * client shows them.
 */
type Described = Record<Translated, string>;

const DESCRIPTIONS = {
  ask: {
    de: "Stelle eine Frage zur Geschichte; die Antwort zitiert ihre Quellen wörtlich.",
    fr: "Posez une question sur l'affaire ; la réponse cite ses sources mot pour mot.",
    "es-ES": "Haz una pregunta sobre la noticia; la respuesta cita sus fuentes palabra por palabra.",
    "pt-BR": "Faça uma pergunta sobre a notícia; a resposta cita as fontes palavra por palavra.",
    ja: "この記事について質問します。回答は出典をそのまま引用します。",
  },
  question: {
    de: "Deine Frage",
    fr: "Votre question",
    "es-ES": "Tu pregunta",
    "pt-BR": "Sua pergunta",
    ja: "質問",
  },
  check: {
    de: "Prüfe eine Behauptung zur Geschichte anhand ihrer Quellen.",
    fr: "Vérifiez une affirmation sur l'affaire à l'aide de ses sources.",
    "es-ES": "Comprueba una afirmación sobre la noticia con sus fuentes.",
    "pt-BR": "Verifique uma afirmação sobre a notícia com as fontes.",
    ja: "この記事についての主張を出典と照らし合わせて確認します。",
  },
  claim: {
    de: "Die zu prüfende Behauptung",
    fr: "L'affirmation à vérifier",
    "es-ES": "La afirmación que quieres comprobar",
    "pt-BR": "A afirmação a verificar",
    ja: "確認したい主張",
  },
  private: {
    de: "Nur du siehst die Antwort",
    fr: "Vous seul voyez la réponse",
    "es-ES": "Solo tú ves la respuesta",
    "pt-BR": "Só você vê a resposta",
    ja: "自分だけに表示",
  },
  summary: {
    de: "Die Geschichte kurz: was geschah, die wichtigsten Zahlen und was die Quellen richtigstellen.",
    fr: "L'affaire en bref : ce qui s'est passé, les chiffres clés et ce que les sources corrigent.",
    "es-ES": "La noticia en breve: qué pasó, las cifras clave y lo que corrigen las fuentes.",
    "pt-BR": "A notícia em resumo: o que aconteceu, os números principais e o que as fontes corrigem.",
    ja: "記事の要点：何が起きたか、主な数字、出典による訂正。",
  },
  sources: {
    de: "Der Artikel und die Dokumente, aus denen ich antworte, mit Links und Daten.",
    fr: "L'article et les documents dont je tire mes réponses, avec liens et dates.",
    "es-ES": "El artículo y los documentos con los que respondo, con enlaces y fechas.",
    "pt-BR": "O artigo e os documentos que uso para responder, com links e datas.",
    ja: "回答に使う記事と資料（リンクと日付つき）。",
  },
  help: {
    de: "Was dieser Bot kann und wie man fragt.",
    fr: "Ce que ce bot sait faire, et comment lui poser une question.",
    "es-ES": "Qué puede hacer este bot y cómo preguntarle.",
    "pt-BR": "O que este bot faz e como perguntar.",
    ja: "このボットでできることと質問のしかた。",
  },
  stats: {
    de: "Für Server-Verwaltung: was hier diese Woche gefragt wurde und was der Bot nicht beantworten konnte.",
    fr: "Pour la gestion du serveur : les questions de la semaine, et celles restées sans réponse.",
    "es-ES": "Para quien gestiona el servidor: qué se preguntó esta semana y qué no pudo responder el bot.",
    "pt-BR": "Para quem gerencia o servidor: o que foi perguntado nesta semana e o que o bot não respondeu.",
    ja: "サーバー管理者向け：今週の質問と、ボットが答えられなかった質問。",
  },
} satisfies Record<string, Described>;

/**
 * Discord keeps Latin American Spanish apart from Spain's: without its own entry those users would see English names
 * while the replies, which read es-419 as Spanish, name the Spanish ones.
 */
const withLatinAmerica = (map: Described): LocalizationMap => ({ ...map, "es-419": map["es-ES"] });

/** The descriptions of one command or option, as Discord's API takes them. */
export const described = (key: keyof typeof DESCRIPTIONS): LocalizationMap => withLatinAmerica(DESCRIPTIONS[key]);

/** The names of one command or option in each language, as Discord's API takes them. */
export const named = (name: CommandName): LocalizationMap => withLatinAmerica(COMMAND_NAMES[name]);
