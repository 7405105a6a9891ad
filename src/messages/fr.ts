import type { Catalogue } from "./en.js";

/** French: "vous", as in the command descriptions. */
export const FR = {
  "error.internal": "Désolé, un problème est survenu de mon côté pendant la réponse. Réessayez dans un instant.",
  "error.cooldown": "Vous posez vos questions très vite. Réessayez dans {seconds} s.",
  "error.unknown_command": "Je ne connais pas cette commande. Essayez {commands}.",
  "error.expired_button": "Ce bouton a expiré. Reposez la question avec {/ask} pour obtenir de nouveaux extraits.",
  "error.foreign_button": "Ces boutons appartiennent à la question de quelqu'un d'autre. Posez la vôtre avec {/ask}.",
  "error.shutting_down": "Je redémarre en ce moment. Reposez votre question dans une minute.",
  "list.last": "{rest} ou {last}",

  "decline.empty": "Tapez une question (en anglais), par exemple : {/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long":
    "Les questions font au plus {max} caractères ; la vôtre en fait {length}. Raccourcissez-la, s'il vous plaît.",
  "decline.no_words":
    "J'ai besoin d'une question en mots (des mentions, liens, emoji et signes de ponctuation seuls ne me disent pas quoi chercher).",
  "decline.language":
    "Pour l'instant, je ne réponds qu'en anglais : l'affaire et ses sources sont en anglais. Posez votre question en anglais.",
  "decline.covers":
    "Je réponds aux questions sur {topic} : ce qu'affirme l'article, et ce que disent ses sources sur les mêmes faits.",
  "decline.misuse": "Je ne peux pas vous aider pour cela. {covers}",
  "decline.live":
    "Je n'ai pas de données en direct : mes documents relatent l'affaire vers janvier 2025, pas les cours ni l'actualité d'aujourd'hui. {covers}",
  "decline.future":
    "Je ne peux pas dire ce qui va se passer : mes documents disent seulement ce qui a été rapporté. {covers}",
  "decline.howto": "Je ne donne ni instructions ni aide à l'installation. {covers}",
  "decline.advice": "Je ne donne pas de conseils d'achat ni d'investissement. {covers}",
  "decline.off_topic": "Les documents de l'affaire ne répondent pas à cela. {covers}",
  "decline.greeting": "Bonjour ! {covers} Posez-moi vos questions avec {/ask}.",
  "decline.thanks": "Avec plaisir ! {covers} Posez-moi d'autres questions avec {/ask}.",
  "decline.you_could_ask": "Vous pourriez demander :",

  "answer.article_credit": "l'article, {date}",
  "answer.note_credit": "nos notes sur {name} : notre résumé, pas ses mots",
  "answer.note_credit_from": "D'après nos notes sur {name} : notre résumé, pas ses mots",
  "answer.site_link": "{host}, le site : page exacte inconnue",
  "answer.from_notes": "D'après nos notes",
  "answer.article_says": "L'article dit",
  "answer.source_says": "La source dit",
  "answer.sources": "Sources",
  "answer.by_model": "Rédigé par un modèle de langage à partir des extraits ci-dessous",
  "answer.word_for_word": "Repris mot pour mot des documents (sans modèle de langage)",
  "answer.as_of": "connaissances au {date}",
  "answer.writing": "Rédaction… les extraits apparaissent une fois vérifiés dans les documents",
  "more.title": "Plus d'extraits",
  "more.none": "Pas d'autres extraits : ceux ci-dessus sont tout ce que j'ai trouvé de pertinent.",
  "more.some": "D'autres passages trouvés pour cette question.",
  "more.source_changed":
    "La source a changé depuis cette réponse : ces mots n'y figurent plus, ils ne sont donc pas montrés comme citation.",
  "note.fallback":
    "Le modèle de langage n'a pas pu répondre pour l'instant : voici donc la réponse rapide, citée directement des sources.",
  "note.late":
    "Le modèle de langage a mis trop de temps : voici donc la réponse rapide, citée directement des sources.",
  "note.not_covered":
    "Le modèle de langage n'a pas trouvé de réponse dans ses passages : voici donc la réponse rapide, citée directement des sources.",
  "note.shutdown": "Le bot redémarre : voici donc la réponse rapide, citée directement des sources.",

  "button.more": "Plus d'extraits",
  "button.sources": "Sources",
  "button.previous": "◀ Précédent",
  "button.next": "Suivant ▶",
  "button.follow_up": "Poser une question de suivi",

  "followup.thread_opened":
    "Posez votre question de suivi dans {thread} avec {/ask} : j'y lirai chaque question avec les précédentes.",
  "followup.thread_unkept":
    "Posez votre question de suivi dans {thread} avec {/ask}. Je ne peux pas enregistrer la conversation pour l'instant : j'y répondrai à chaque question séparément.",
  "followup.modal_title": "Question de suivi",
  "followup.modal_label": "Votre question de suivi",
  "followup.modal_placeholder": "Après : {question}",
  "followup.stray_thread":
    "Je n'ai pas ouvert ce fil, je ne vois donc pas ce qui y a été demandé : voici une réponse à votre question seule, visible par vous seul. Pour poursuivre sur une réponse, appuyez sur **Poser une question de suivi** en dessous.",
  "answer.read_as_follow_up": "Lu comme une suite sur {subject}, d'après la question précédente.",
  "answer.read_as": "Lu comme : « {question} »",
  "lead.article_says": "L'article dit :",
  "lead.source_says": "{source} dit :",
  "lead.from_notes_on": "D'après nos notes sur {source} :",
  "card.checked": "✓ Vérifié mot pour mot dans {file}",
  "card.fact_check": "Vérification : {verdict}",
  "button.open": "Ouvrir",
  "lead.fact_check": "Vérification ({verdict}) :",

  continued: "{heading} (suite)",
  "summary.in_our_words": "Dans nos mots ; chaque [n] renvoie à une source sur laquelle repose la ligne.",
  "summary.quoted":
    "Les lignes de l'article sont citées mot pour mot ; les corrections viennent de nos notes sur ses sources, avec liens.",
  "summary.footer": "Connaissances au {date} · {/sources} liste tous les documents · {/ask} pour votre propre question",

  "sources.title": "Ce que j'ai lu",
  "sources.title_paged": "Ce que j'ai lu ({page} sur {count})",
  "sources.article": "L'article",
  "sources.notes": "Ses sources",
  "sources.notes_count": "({count} ; je réponds à partir de mes propres notes sur chacune, avec son lien)",
  "sources.verbatim": "Sources que je détiens mot pour mot",
  "sources.verbatim_count": "({count})",
  "sources.footer": "{count} documents · connaissances au {date}",

  "help.intro":
    "Je réponds aux questions sur {topic} : je cite l'article mot pour mot et je montre mes notes sur ses sources, avec liens.",
  "help.pace":
    "{/ask} et {/check} ont une limite par personne et par minute : si vous allez plus vite, je vous dis combien de secondes attendre. Les questions auxquelles je ne peux pas répondre ne comptent pas.",

  "verdict.supported": "Confirmé",
  "verdict.nuanced": "À nuancer",
  "verdict.contradicted": "Contredit par les sources",
  "verdict.unverified": "Non vérifié",
  "verdict.opinion": "Opinion, pas un fait vérifiable",
  "verdict.not_covered": "Non couvert par les sources",
  "check.checked": "Vérifié : {statement}",
  "check.try_ask": "Essayez {/ask} pour savoir ce que disent les documents de l'affaire.",
  "check.unchecked_one": "J'ai vérifié les {checked} premières affirmations ; {unchecked} autre n'a pas été vérifiée.",
  "check.unchecked_many":
    "J'ai vérifié les {checked} premières affirmations ; {unchecked} autres n'ont pas été vérifiées.",
  "check.footer":
    "Les verdicts viennent des affirmations vérifiées de l'article et de nos notes sur ses sources · connaissances au {date}",
  "check.nothing": "Rien à vérifier ici : ce message n'affirme rien que je puisse confronter aux sources.",
  "check.empty": "Tapez une affirmation (en anglais), par exemple : {/check} R1 cost $5.5M to train",
  "check.no_words":
    "J'ai besoin d'une affirmation en mots (des mentions, liens, emoji et signes de ponctuation seuls ne me disent pas quoi chercher).",
  "check.message_language":
    "Je ne peux vérifier que des messages en anglais : l'affaire et ses sources sont en anglais.",
  "check.message_no_words":
    "Ce message n'a pas de mots que je puisse vérifier (seulement du code, des liens, des mentions ou des emoji). Je vérifie les messages qui affirment quelque chose avec des mots.",
  "check.message_attachments":
    "Ce message ne contient que des pièces jointes. Je vérifie les messages qui affirment quelque chose avec des mots.",
  "check.message_embed":
    "Ce message ne contient qu'un embed. Je vérifie les messages qui affirment quelque chose avec des mots.",
  "check.message_empty":
    "Ce message n'a pas de texte. Je vérifie les messages qui affirment quelque chose avec des mots.",
  "explanation.unverified": "Aucune de nos sources ne le confirme ; cela repose sur la parole de quelqu'un.",
  "explanation.opinion_view":
    "C'est une opinion, pas un fait vérifiable. Le point de vue le plus proche dans les sources figure ci-dessous.",
  "explanation.opinion": "C'est une opinion, pas un fait vérifiable, et les sources n'en disent rien.",
  "explanation.not_covered":
    "Les documents de l'affaire ne disent rien qui permette de trancher, je ne donne donc pas de verdict.",
  "explanation.notes_differ": "Nos notes sur les sources disent le contraire, comme ci-dessous.",
  "explanation.notes_agree": "Nos notes sur les sources disent la même chose, comme ci-dessous.",
  "explanation.same_figure": "Nos notes sur les sources donnent le même chiffre, comme ci-dessous.",
  "explanation.other_figure": "Nos notes sur les sources donnent un autre chiffre, comme ci-dessous.",
  "explanation.not_sure":
    "Les sources disent quelque chose d'approchant, mais pas assez pour le confirmer tel que vous le dites ; je ne donne donc pas de verdict.",
  "explanation.bound_elsewhere": "Nos notes sur les sources donnent ce chiffre pour autre chose, comme ci-dessous.",
  "explanation.other_direction": "Selon nos notes sur les sources, cela a évolué dans l'autre sens, comme ci-dessous.",
  "explanation.mixed": "Les sources montrent les deux : chacun l'emporte sur certains points, comme ci-dessous.",
  "explanation.overstated":
    "Les sources donnent ce chiffre, mais pas que ce soit tout : c'est vrai seulement avec cette réserve, comme ci-dessous.",
  "explanation.reported_only":
    "Notre seule source le rapporte sans confirmation, comme ci-dessous ; cela reste donc non vérifié.",
  "explanation.not_in_article":
    "L'article ne dit pas cela : le chiffre vient de nos notes sur les sources, ci-dessous.",

  "stats.in_a_dm":
    "{/stats} montre les questions d'un serveur : utilisez-la sur ce serveur (il vous faut la permission Gérer le serveur).",
  "stats.no_database":
    "Rien n'est enregistré ici : ce bot fonctionne sans sa base de données, il n'y a donc pas de chiffres.",
  "stats.title": "Questions sur ce serveur, {days} derniers jours",
  "stats.recording_off":
    "⚠️ Enregistrement coupé : le stockage est inaccessible en écriture, les nouvelles questions et votes ne sont pas conservés.",
  "stats.no_latency": "aucun pour l'instant",
  "stats.top": "Questions les plus posées",
  "stats.to_improve": "Refusées ou notées 👎 (de quoi améliorer knowledge/)",
  "stats.none": "Aucune.",
  "stats.knowledge_stale":
    "⚠️ Le dernier rechargement de knowledge/ a échoué ({problems} problèmes ; le premier dans {file}) : les réponses viennent toujours des connaissances chargées avant. npm run knowledge:check les liste.",
  "stats.footer": "Depuis le {date}. npm run report montre tous les serveurs.",

  "vote.bad_id": "Ce bouton n'est pas l'un des miens. Posez une question avec {/ask} pour avoir de nouveaux boutons.",
  "vote.expired":
    "Cette réponse a expiré, les votes ne sont plus conservés. Reposez la question avec {/ask} pour voter sur une nouvelle réponse.",
  "vote.off":
    "Désolé, je ne peux pas enregistrer de votes pour l'instant (mon stockage est indisponible). Votre vote n'a pas été conservé.",
  "vote.up": "Votre 👍 pour cette réponse est enregistré. Merci.",
  "vote.up_changed": "Votre vote sur cette réponse est passé à 👍. Merci.",
  "vote.down_title": "👎 enregistré. Qu'est-ce qui n'allait pas ?",
  "vote.down_changed_title": "Passé à 👎. Qu'est-ce qui n'allait pas ?",
  "vote.reason_label": "Qu'est-ce qui n'allait pas ? (facultatif)",
  "vote.down_without_note": "Votre 👎 pour cette réponse est enregistré, sans note. Merci.",
  "vote.no_longer_down": "Votre vote sur cette réponse n'est plus 👎, la note n'a donc pas été conservée.",
  "vote.noted": "Votre 👎 et votre note sont enregistrés. Merci : cela aide à améliorer les sources.",
  "button.elsewhere": "Ce bouton n'a pas sa place ici, il n'a donc rien fait.",
  "button.not_kept":
    "Je n'ai pas pu conserver cette réponse, ce bouton ne peut donc rien en faire pour l'instant. Reposez la question avec {/ask}.",
  "vote.note_off":
    "Désolé, je ne peux pas enregistrer de notes pour l'instant (mon stockage est indisponible). Votre note n'a pas été conservée.",
  "stats.managers_only":
    "{/stats} est réservé aux gestionnaires du serveur : il faut ici la permission Gérer le serveur.",
  "stats.listing":
    "Les questions ne sont listées que si elles ont été posées publiquement dans ce salon ; les questions privées sont comptées, jamais listées.",
  "followup.thread_failed":
    "Je n'ai pas pu ouvrir de fil pour l'instant. Posez votre question de suivi ici avec {/ask}, ou réappuyez sur le bouton dans un instant.",
  "help.heading_commands": "Commandes",
  "help.item_ask": "{/ask} une question (en anglais), par ex. {examples}",
  "help.item_summary": "{/summary} l'affaire en un message · {/sources} tous les documents que j'ai lus",
  "help.item_check":
    "{/check} une affirmation, par ex. « R1 cost $5.5M to train » ; ou clic droit sur un message → Applications → {menu}",
  "help.item_stats":
    "{/stats} (gestion du serveur) les questions posées ici cette semaine, et celles restées sans réponse",
  "help.item_votes":
    "👍 / 👎 sous une réponse indiquent aux mainteneurs si elle a aidé ; 👎 vous permet de dire ce qui n'allait pas",
  "help.heading_verdicts": "Symboles de verdict (dans les réponses de {/check})",
  "help.heading_private": "Réponses privées",
  "help.private_text":
    "Mettez {private} à True sur {/ask}, {/check} ou {/summary} et vous seul voyez la réponse. {menu} est toujours privé.",
  "help.heading_pace": "Rythme",
  "stats.questions_text": "Questions : {questions} · Refusées : {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · Temps de réponse médian : {latency}",
} satisfies Catalogue;
