import type { Catalogue } from "./en.js";

/** German: informal "du", as in the command descriptions. */
export const DE = {
  "error.internal":
    "Entschuldige, bei mir ist beim Antworten etwas schiefgelaufen. Bitte versuch es gleich noch einmal.",
  "error.cooldown": "Du fragst gerade sehr schnell. Bitte versuch es in {seconds} s noch einmal.",
  "error.unknown_command": "Diesen Befehl kenne ich nicht. Versuch {commands}.",
  "error.expired_button": "Dieser Button ist abgelaufen. Frag mit {/ask} noch einmal, um neue Auszüge zu bekommen.",
  "error.foreign_button": "Diese Buttons gehören zur Frage von jemand anderem. Stell deine eigene mit {/ask}.",
  "error.shutting_down": "Ich starte gerade neu. Bitte frag in einer Minute noch einmal.",
  "list.last": "{rest} oder {last}",

  "decline.empty": "Bitte gib eine Frage ein (auf Englisch), zum Beispiel: {/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long": "Fragen dürfen höchstens {max} Zeichen lang sein; deine hat {length}. Bitte kürze sie.",
  "decline.no_words":
    "Ich brauche eine Frage in Worten (Erwähnungen, Links, Emoji und Satzzeichen allein sagen mir nicht, wonach ich suchen soll).",
  "decline.language":
    "Ich kann vorerst nur auf Englisch antworten: Die Geschichte und ihre Quellen sind auf Englisch. Bitte frag auf Englisch.",
  "decline.covers":
    "Ich beantworte Fragen zu {topic}: was der Artikel behauptet und was seine Quellen zu denselben Fakten sagen.",
  "decline.misuse": "Dabei kann ich nicht helfen. {covers}",
  "decline.live":
    "Ich habe keine Live-Daten: Meine Dokumente halten die Geschichte um Januar 2025 fest, keine heutigen Kurse oder Nachrichten. {covers}",
  "decline.future":
    "Ich kann nicht sagen, was passieren wird: Meine Dokumente sagen nur, was berichtet wurde. {covers}",
  "decline.howto": "Anleitungen oder Hilfe beim Einrichten kann ich nicht geben. {covers}",
  "decline.advice": "Kauf- oder Anlageberatung kann ich nicht geben. {covers}",
  "decline.off_topic": "Darauf geben die Dokumente der Geschichte keine Antwort. {covers}",
  "decline.greeting": "Hallo! {covers} Frag mich einfach mit {/ask}.",
  "decline.thanks": "Gern geschehen! {covers} Frag mich gern weiter mit {/ask}.",
  "decline.you_could_ask": "Du könntest fragen:",

  "answer.article_credit": "der Artikel, {date}",
  "answer.note_credit": "unsere Notizen zu {name}: unsere Zusammenfassung, nicht ihr Wortlaut",
  "answer.note_credit_from": "Aus unseren Notizen zu {name}: unsere Zusammenfassung, nicht ihr Wortlaut",
  "answer.site_link": "{host}, die Website: genaue Seite unbekannt",
  "answer.from_notes": "Aus unseren Notizen",
  "answer.article_says": "Der Artikel sagt",
  "answer.source_says": "Die Quelle sagt",
  "answer.sources": "Quellen",
  "answer.by_model": "Von einem Sprachmodell aus den Auszügen unten geschrieben",
  "answer.word_for_word": "Wörtlich aus den Dokumenten übernommen (kein Sprachmodell)",
  "answer.as_of": "Wissensstand {date}",
  "answer.writing": "Wird geschrieben… Auszüge erscheinen, sobald sie mit den Dokumenten abgeglichen sind",
  "more.title": "Mehr Auszüge",
  "more.none": "Keine weiteren Auszüge: Die oben sind alles Relevante, was ich gefunden habe.",
  "more.some": "Weitere Passagen, die ich zu dieser Frage gefunden habe.",
  "more.source_changed":
    "Die Quelle hat sich seit dieser Antwort geändert: Diese Worte stehen nicht mehr darin, darum werden sie nicht als Zitat gezeigt.",
  "note.fallback":
    "Das Sprachmodell konnte gerade nicht antworten, darum ist dies die schnelle Antwort, direkt aus den Quellen zitiert.",
  "note.late":
    "Das Sprachmodell hat zu lange gebraucht, darum ist dies die schnelle Antwort, direkt aus den Quellen zitiert.",
  "note.not_covered":
    "Das Sprachmodell fand in seinen Passagen keine Antwort, darum ist dies die schnelle Antwort, direkt aus den Quellen zitiert.",
  "note.shutdown": "Der Bot startet neu, darum ist dies die schnelle Antwort, direkt aus den Quellen zitiert.",

  "button.more": "Mehr Auszüge",
  "button.sources": "Quellen",
  "button.previous": "◀ Zurück",
  "button.next": "Weiter ▶",
  "button.follow_up": "Nachfrage stellen",

  "followup.thread_opened":
    "Stell deine Nachfrage in {thread} mit {/ask}: Dort lese ich jede Frage zusammen mit den vorherigen.",
  "followup.thread_unkept":
    "Stell deine Nachfrage in {thread} mit {/ask}. Ich kann das Gespräch gerade nicht speichern, darum beantworte ich dort jede Frage für sich.",
  "followup.modal_title": "Nachfrage stellen",
  "followup.modal_label": "Deine Nachfrage",
  "followup.modal_placeholder": "Nach: {question}",
  "followup.stray_thread":
    "Diesen Thread habe ich nicht eröffnet, darum sehe ich nicht, was darin gefragt wurde: Hier ist eine Antwort auf deine Frage für sich, nur für dich. Um bei einer Antwort nachzufragen, drück darunter auf **Nachfrage stellen**.",
  "answer.read_as_follow_up": "Als Nachfrage zu {subject} gelesen, aus der vorherigen Frage.",
  "answer.read_as": "Gelesen als: „{question}“",
  "lead.article_says": "Der Artikel sagt:",
  "lead.source_says": "{source} sagt:",
  "lead.from_notes_on": "Aus unseren Notizen zu {source}:",
  "card.checked": "✓ Wort für Wort geprüft an {file}",
  "card.fact_check": "Faktencheck: {verdict}",
  "button.open": "Öffnen",
  "lead.fact_check": "Faktencheck ({verdict}):",

  continued: "{heading} (Fortsetzung)",
  "summary.in_our_words": "In unseren Worten; jedes [n] verlinkt eine Quelle, auf der die Zeile beruht.",
  "summary.quoted":
    "Die Zeilen des Artikels sind wörtlich zitiert; die Korrekturen stammen aus unseren Notizen zu seinen Quellen, mit Links.",
  "summary.footer": "Wissensstand {date} · {/sources} listet alle Dokumente · {/ask} für deine eigene Frage",

  "sources.title": "Was ich gelesen habe",
  "sources.title_paged": "Was ich gelesen habe ({page} von {count})",
  "sources.article": "Der Artikel",
  "sources.notes": "Seine Quellen",
  "sources.notes_count": "({count}; ich antworte aus meinen eigenen Notizen zu jeder, mit ihrem Link)",
  "sources.verbatim": "Quellen, die ich im Wortlaut habe",
  "sources.verbatim_count": "({count})",
  "sources.footer": "{count} Dokumente · Wissensstand {date}",

  "help.intro":
    "Ich beantworte Fragen zu {topic}: Ich zitiere den Artikel wörtlich und zeige meine Notizen zu seinen Quellen, mit Links.",
  "help.pace":
    "{/ask} und {/check} haben ein Limit pro Person und Minute: Fragst du schneller, sage ich dir, wie viele Sekunden du warten musst. Fragen, die ich nicht beantworten kann, zählen nicht.",

  "verdict.supported": "Belegt",
  "verdict.nuanced": "Braucht Einordnung",
  "verdict.contradicted": "Von den Quellen widerlegt",
  "verdict.unverified": "Unbestätigt",
  "verdict.opinion": "Meinung, keine prüfbare Tatsache",
  "verdict.not_covered": "Nicht von den Quellen abgedeckt",
  "check.checked": "Geprüft: {statement}",
  "check.try_ask": "Versuch {/ask}, um zu sehen, was die Dokumente der Geschichte sagen.",
  "check.unchecked_one": "Ich habe die ersten {checked} Aussagen geprüft; {unchecked} weitere wurde nicht geprüft.",
  "check.unchecked_many": "Ich habe die ersten {checked} Aussagen geprüft; {unchecked} weitere wurden nicht geprüft.",
  "check.footer":
    "Die Urteile stammen aus den geprüften Behauptungen des Artikels und unseren Notizen zu seinen Quellen · Wissensstand {date}",
  "check.nothing":
    "Hier gibt es nichts zu prüfen: Diese Nachricht behauptet nichts, was ich mit den Quellen abgleichen kann.",
  "check.empty": "Bitte gib eine Behauptung ein (auf Englisch), zum Beispiel: {/check} R1 cost $5.5M to train",
  "check.no_words":
    "Ich brauche eine Behauptung in Worten (Erwähnungen, Links, Emoji und Satzzeichen allein sagen mir nicht, wonach ich suchen soll).",
  "check.message_language":
    "Ich kann nur englische Nachrichten prüfen: Die Geschichte und ihre Quellen sind auf Englisch.",
  "check.message_no_words":
    "Diese Nachricht hat keine Worte, die ich prüfen kann (nur Code, Links, Erwähnungen oder Emoji). Ich prüfe Nachrichten, die etwas in Worten behaupten.",
  "check.message_attachments": "Diese Nachricht hat nur Anhänge. Ich prüfe Nachrichten, die etwas in Worten behaupten.",
  "check.message_embed": "Diese Nachricht hat nur ein Embed. Ich prüfe Nachrichten, die etwas in Worten behaupten.",
  "check.message_empty": "Diese Nachricht hat keinen Text. Ich prüfe Nachrichten, die etwas in Worten behaupten.",
  "explanation.unverified": "Keine unserer Quellen bestätigt das; es beruht auf jemandes Wort.",
  "explanation.opinion_view":
    "Das ist eine Meinung, keine prüfbare Tatsache. Die nächstliegende Sicht aus den Quellen steht unten.",
  "explanation.opinion": "Das ist eine Meinung, keine prüfbare Tatsache, und die Quellen äußern sich nicht dazu.",
  "explanation.not_covered":
    "Die Dokumente der Geschichte sagen nichts, was das entscheidet, darum gebe ich kein Urteil ab.",
  "explanation.notes_differ": "Unsere Notizen zu den Quellen sagen etwas anderes, wie unten zu sehen.",
  "explanation.notes_agree": "Unsere Notizen zu den Quellen sagen dasselbe, wie unten zu sehen.",
  "explanation.same_figure": "Unsere Notizen zu den Quellen nennen dieselbe Zahl, wie unten zu sehen.",
  "explanation.other_figure": "Unsere Notizen zu den Quellen nennen eine andere Zahl, wie unten zu sehen.",
  "explanation.not_sure":
    "Die Quellen sagen etwas Ähnliches, aber nicht genug, um es so zu bestätigen, wie du es sagst; darum gebe ich kein Urteil ab.",
  "explanation.bound_elsewhere":
    "Unsere Notizen zu den Quellen nennen diese Zahl für etwas anderes, wie unten zu sehen.",
  "explanation.other_direction":
    "Laut unseren Notizen zu den Quellen ging es in die andere Richtung, wie unten zu sehen.",
  "explanation.mixed": "Die Quellen zeigen beides: Jeder liegt in manchen Punkten vorn, wie unten zu sehen.",
  "explanation.overstated":
    "Die Quellen nennen diese Zahl, aber nicht, dass das alles ist: Es stimmt nur mit dieser Einschränkung, wie unten zu sehen.",
  "explanation.reported_only":
    "Unsere einzige Quelle dafür berichtet es ohne Bestätigung, wie unten zu sehen; darum bleibt es unbestätigt.",
  "explanation.not_in_article":
    "Das sagt der Artikel nicht: Die Zahl stammt aus unseren Notizen zu den Quellen, unten zu sehen.",

  "stats.in_a_dm":
    "{/stats} zeigt die Fragen eines Servers: Nutze es auf diesem Server (du brauchst dort „Server verwalten“).",
  "stats.no_database":
    "Hier wird nichts aufgezeichnet: Dieser Bot läuft ohne seine Datenbank, es gibt also keine Zahlen.",
  "stats.title": "Fragen auf diesem Server, letzte {days} Tage",
  "stats.recording_off":
    "⚠️ Aufzeichnung aus: Der Speicher ist gerade nicht beschreibbar, neue Fragen und Stimmen werden nicht gespeichert.",
  "stats.no_latency": "noch keine",
  "stats.top": "Häufigste Fragen",
  "stats.to_improve": "Abgelehnt oder mit 👎 bewertet (damit knowledge/ verbessern)",
  "stats.none": "Keine.",
  "stats.knowledge_stale":
    "⚠️ Das letzte Neuladen von knowledge/ ist fehlgeschlagen ({problems} Probleme; das erste in {file}): Antworten kommen weiter aus dem zuvor geladenen Wissen. npm run knowledge:check listet sie auf.",
  "stats.footer": "Seit {date}. npm run report zeigt alle Server.",

  "vote.bad_id": "Dieser Button ist nicht von mir. Frag mit {/ask}, um neue Buttons zu bekommen.",
  "vote.expired":
    "Diese Antwort ist abgelaufen, Stimmen dazu werden nicht mehr gespeichert. Frag mit {/ask} noch einmal, um über eine neue abzustimmen.",
  "vote.off":
    "Entschuldige, ich kann gerade keine Stimmen speichern (mein Speicher ist nicht verfügbar). Deine Stimme wurde nicht gespeichert.",
  "vote.up": "Dein 👍 für diese Antwort ist gespeichert. Danke!",
  "vote.up_changed": "Deine Stimme für diese Antwort ist jetzt 👍. Danke!",
  "vote.down_title": "👎 gespeichert. Was war falsch?",
  "vote.down_changed_title": "Auf 👎 geändert. Was war falsch?",
  "vote.reason_label": "Was war falsch? (optional)",
  "vote.down_without_note": "Dein 👎 für diese Antwort ist gespeichert, ohne Notiz. Danke!",
  "vote.no_longer_down": "Deine Stimme für diese Antwort ist nicht mehr 👎, darum wurde die Notiz nicht gespeichert.",
  "vote.noted": "Dein 👎 und deine Notiz sind gespeichert. Danke, das hilft, die Quellen zu verbessern.",
  "button.elsewhere": "Dieser Button gehört nicht hierher, darum hat er nichts getan.",
  "button.not_kept":
    "Ich konnte diese Antwort nicht speichern, darum kann dieser Button gerade nichts mit ihr tun. Frag noch einmal mit {/ask}.",
  "vote.note_off":
    "Entschuldige, ich kann gerade keine Notizen speichern (mein Speicher ist nicht erreichbar). Deine Notiz wurde nicht gespeichert.",
  "stats.managers_only": "{/stats} ist für Server-Verwaltende: Du brauchst hier die Berechtigung „Server verwalten“.",
  "stats.listing":
    "Fragen werden nur aufgelistet, wenn sie öffentlich in diesem Kanal gestellt wurden; private Fragen werden gezählt, nie aufgelistet.",
  "followup.thread_failed":
    "Ich konnte gerade keinen Thread öffnen. Stell deine Anschlussfrage hier mit {/ask} oder drück den Button gleich noch einmal.",
  "help.heading_commands": "Befehle",
  "help.item_ask": "{/ask} eine Frage (auf Englisch), z. B. {examples}",
  "help.item_summary": "{/summary} die Geschichte in einer Nachricht · {/sources} alle Dokumente, die ich gelesen habe",
  "help.item_check":
    "{/check} eine Behauptung, z. B. „R1 cost $5.5M to train“; oder Rechtsklick auf eine Nachricht → Apps → {menu}",
  "help.item_stats":
    "{/stats} (Server-Verwaltung) was hier diese Woche gefragt wurde und was ich nicht beantworten konnte",
  "help.item_votes":
    "👍 / 👎 unter einer Antwort sagen den Betreuern, ob sie geholfen hat; mit 👎 kannst du sagen, was falsch war",
  "help.heading_verdicts": "Urteilszeichen (in {/check}-Antworten)",
  "help.heading_private": "Private Antworten",
  "help.private_text":
    "Setz {private} bei {/ask}, {/check} oder {/summary} auf True, dann siehst nur du die Antwort. {menu} ist immer privat.",
  "help.heading_pace": "Tempo",
  "stats.questions_text": "Fragen: {questions} · Abgelehnt: {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · Mittlere Antwortzeit: {latency}",
} satisfies Catalogue;
