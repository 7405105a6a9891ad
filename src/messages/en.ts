/**
 * The bot's own words in English: the reference every other language must match key for key, with the same
 * {placeholders}. `{/ask}` is a command as the reader's client names it ("/ask", "/fragen"); other {names} are
 * values filled in by the caller. Quotes, notes, questions and source titles are never in here: they are shown as
 * written.
 */
export const EN = {
  "error.internal": "Sorry, something went wrong on my side while answering. Please try again in a moment.",
  "error.cooldown": "You're asking quickly. Please try again in {seconds} s.",
  "error.unknown_command": "I don't know that command. Try {commands}.",
  "error.expired_button": "That button has expired. Ask again with {/ask} to get fresh excerpts.",
  "error.foreign_button": "Those buttons belong to someone else's question. Ask your own with {/ask}.",
  "error.shutting_down": "I'm restarting right now. Please ask again in a minute.",
  /** The end of a list: "/ask, /summary or /help". */
  "list.last": "{rest} or {last}",

  "decline.empty": "Please type a question, for example: {/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long": "Questions can be at most {max} characters; yours has {length}. Please shorten it.",
  "decline.no_words":
    "I need a question in words (mentions, links, emoji and punctuation alone don't tell me what to look up).",
  "decline.language":
    "I can only answer in English for now: the story and its sources are in English. Please ask in English.",
  "decline.covers":
    "I answer questions about {topic}: what the article claims, and what its sources say about the same facts.",
  "decline.misuse": "I can't help with that. {covers}",
  "decline.live":
    "I don't have live data: my documents are a record of the story around January 2025, not today's prices or news. {covers}",
  "decline.future": "I can't tell what will happen: my documents only say what was reported. {covers}",
  "decline.howto": "I can't give instructions or set-up help. {covers}",
  "decline.advice": "I can't give buying or investment advice. {covers}",
  "decline.off_topic": "The story's documents don't answer that. {covers}",
  "decline.greeting": "Hi! {covers} Ask me anything with {/ask}.",
  "decline.thanks": "You're welcome! {covers} Ask me anything else with {/ask}.",
  "decline.you_could_ask": "You could ask:",

  "answer.article_credit": "the article, {date}",
  "answer.note_credit": "our notes on {name}: our summary, not its words",
  "answer.note_credit_from": "From our notes on {name}: our summary, not its words",
  "answer.site_link": "{host}, the site: exact page not known",
  "answer.from_notes": "From our notes",
  "answer.article_says": "The article says",
  "answer.source_says": "The source says",
  "answer.sources": "Sources",
  "answer.by_model": "Written by a language model from the excerpts below",
  "answer.word_for_word": "Taken from the documents word for word (no language model)",
  "answer.as_of": "knowledge as of {date}",
  "answer.writing": "Writing… excerpts appear once they are checked against the documents",
  "more.title": "More excerpts",
  "more.none": "No further excerpts: the ones above are everything relevant I found.",
  "more.some": "Further passages I retrieved for this question.",
  "more.source_changed":
    "The source has changed since this answer: these words are no longer in it, so they are not shown as a quote.",
  "note.fallback":
    "The language model could not answer just now, so this is the quick answer quoted straight from the sources.",
  "note.late": "The language model took too long, so this is the quick answer quoted straight from the sources.",
  "note.not_covered":
    "The language model found no answer in its passages, so this is the quick answer quoted straight from the sources.",
  "note.shutdown": "The bot is restarting, so this is the quick answer quoted straight from the sources.",

  "button.more": "More excerpts",
  "button.sources": "Sources",
  "button.previous": "◀ Previous",
  "button.next": "Next ▶",
  "button.follow_up": "Ask a follow-up",

  "followup.thread_opened":
    "Ask your follow-up in {thread} with {/ask}: I'll read each question there with the ones before it.",
  "followup.thread_unkept":
    "Ask your follow-up in {thread} with {/ask}. I can't store the conversation right now, so I'll answer each question there on its own.",
  "followup.modal_title": "Ask a follow-up",
  "followup.modal_label": "Your follow-up question",
  "followup.modal_placeholder": "After: {question}",
  "followup.stray_thread":
    "I didn't open this thread, so I can't see what was asked in it: here is an answer to your question on its own, just for you. To follow up on an answer, press **Ask a follow-up** under it.",
  "answer.read_as_follow_up": "Read as a follow-up about {subject}, from the question before.",
  "answer.read_as": "Read as: “{question}”",
  "lead.article_says": "The article says:",
  "lead.source_says": "{source} says:",
  "lead.from_notes_on": "From our notes on {source}:",
  "card.checked": "✓ Checked word for word against {file}",
  "card.fact_check": "Fact check: {verdict}",
  "button.open": "Open",
  "lead.fact_check": "Fact check ({verdict}):",

  /** A heading carried over to the next field or page. */
  continued: "{heading} (continued)",
  "summary.in_our_words": "In our words; each [n] links to a source the line rests on.",
  "summary.quoted":
    "The article's lines are quoted word for word; the corrections come from our notes on its sources, with links.",
  "summary.footer": "Knowledge as of {date} · {/sources} lists every document · {/ask} for your own question",

  "sources.title": "What I have read",
  "sources.title_paged": "What I have read ({page} of {count})",
  "sources.article": "The article",
  "sources.notes": "Its sources",
  "sources.notes_count": "({count}; I answer from my own notes on each, with its link)",
  "sources.verbatim": "Sources I hold word for word",
  "sources.verbatim_count": "({count})",
  "sources.footer": "{count} documents · knowledge as of {date}",

  "help.intro":
    "I answer questions about {topic}: I quote the article word for word and show my notes on its sources, with links.",
  "help.pace":
    "{/ask} and {/check} have a per-person limit each minute: go faster and I say how many seconds to wait. Questions I can't answer don't count.",

  "verdict.supported": "Supported",
  "verdict.nuanced": "Needs nuance",
  "verdict.contradicted": "Contradicted by the sources",
  "verdict.unverified": "Unverified",
  "verdict.opinion": "Opinion, not a checkable fact",
  "verdict.not_covered": "Not covered by the sources",
  "check.checked": "Checked: {statement}",
  "check.try_ask": "Try {/ask} for what the story's documents do say.",
  "check.unchecked_one": "I checked the first {checked} statements; {unchecked} more was not checked.",
  "check.unchecked_many": "I checked the first {checked} statements; {unchecked} more were not checked.",
  "check.footer":
    "Verdicts come from the article's checked claims and our notes on its sources · knowledge as of {date}",
  "check.nothing": "Nothing to check here: that message doesn't state anything I can check against the sources.",
  "check.empty": "Please type a claim, for example: {/check} R1 cost $5.5M to train",
  "check.no_words":
    "I need a claim in words (mentions, links, emoji and punctuation alone don't tell me what to look up).",
  "check.message_language": "I can only check messages in English: the story and its sources are in English.",
  "check.message_no_words":
    "That message has no words I can check (only code, links, mentions or emoji). I can check messages that state something in words.",
  "check.message_attachments": "That message has only attachments. I can check messages that state something in words.",
  "check.message_embed": "That message has only an embed. I can check messages that state something in words.",
  "check.message_empty": "That message has no text. I can check messages that state something in words.",
  /** The checker's own verdict explanations (a claim's explanation in claims.yaml is shown as written). */
  "explanation.unverified": "No source we hold confirms this; it rests on someone's word.",
  "explanation.opinion_view": "That is an opinion, not a checkable fact. The closest view in the sources is below.",
  "explanation.opinion": "That is an opinion, not a checkable fact, and the sources offer no view on it.",
  "explanation.not_covered":
    "The story's documents don't say anything that settles this, so I won't give it a verdict.",
  "explanation.notes_differ": "Our notes on the sources say otherwise, as shown below.",
  "explanation.notes_agree": "Our notes on the sources say the same thing, as shown below.",
  "explanation.same_figure": "Our notes on the sources give the same figure, as shown below.",
  "explanation.other_figure": "Our notes on the sources give a different figure, as shown below.",
  "explanation.not_sure":
    "The sources give something close, but not enough to confirm it as you put it, so I won't give it a verdict.",
  "explanation.bound_elsewhere": "Our notes on the sources give that figure for something else, as shown below.",
  "explanation.other_direction": "Our notes on the sources say it moved the other way, as shown below.",
  "explanation.mixed": "The sources have it both ways: each comes out ahead on some counts, as shown below.",
  "explanation.overstated":
    "The sources give that figure, but not that it is all there is: true only with that qualification, as shown below.",
  "explanation.reported_only":
    "Our only source for this reports it without confirmation, as shown below, so it stays unverified.",
  "explanation.not_in_article":
    "The article doesn't say that: the figure comes from our notes on the sources, shown below.",

  "stats.in_a_dm": "{/stats} shows one server's questions: use it in that server (you need Manage Server there).",
  "stats.no_database": "Nothing is recorded here: this bot runs without its database, so there are no figures.",
  "stats.title": "Questions in this server, last {days} days",
  "stats.recording_off":
    "⚠️ Recording is off: storage cannot be written right now, so new questions and votes are not kept.",
  "stats.no_latency": "none yet",
  "stats.top": "Top questions",
  "stats.to_improve": "Declined or voted 👎 (what to improve knowledge/ with)",
  "stats.none": "None.",
  "stats.knowledge_stale":
    "⚠️ The last reload of knowledge/ failed ({problems} problems; the first in {file}): answers still come from the knowledge loaded before it. npm run knowledge:check lists them.",
  "stats.footer": "Since {date}. npm run report shows every server.",

  "vote.bad_id": "That button is not one of mine. Ask with {/ask} to get fresh buttons.",
  "vote.expired":
    "That answer has expired, so votes on it are no longer kept. Ask again with {/ask} to vote on a fresh one.",
  "vote.off": "Sorry, I can't record votes right now (my storage is unavailable). Your vote was not kept.",
  "vote.up": "Recorded your 👍 for this answer. Thank you.",
  "vote.up_changed": "Changed your vote on this answer to 👍. Thank you.",
  "vote.down_title": "👎 recorded. What was wrong?",
  "vote.down_changed_title": "Changed to 👎. What was wrong?",
  "vote.reason_label": "What was wrong? (optional)",
  "vote.down_without_note": "Recorded your 👎 for this answer, without a note. Thank you.",
  "vote.no_longer_down": "Your vote on this answer is no longer 👎, so the note was not kept.",
  "vote.noted": "Recorded your 👎 and your note. Thank you: it helps improve the sources.",
  "button.elsewhere": "This button doesn't belong here, so it did nothing.",
  "button.not_kept":
    "I couldn't keep that answer on record, so this button can't act on it right now. Ask again with {/ask}.",
  "vote.note_off": "Sorry, I can't record notes right now (my storage is unavailable). Your note was not kept.",
  "stats.managers_only": "{/stats} is for server managers: you need the Manage Server permission here.",
  "stats.listing":
    "Questions are listed only when asked publicly in this channel; private questions are counted, never listed.",
  "followup.thread_failed":
    "I couldn't open a thread just now. Ask your follow-up with {/ask} here, or press the button again in a moment.",
  /** The help and the /stats figures as plain words: cards and the console add their own emphasis. */
  "help.heading_commands": "Commands",
  "help.item_ask": "{/ask} a question, e.g. {examples}",
  "help.item_summary": "{/summary} the story in one message · {/sources} every document I have read",
  "help.item_check": "{/check} a claim, e.g. “R1 cost $5.5M to train”; or right-click a message → Apps → {menu}",
  "help.item_stats": "{/stats} (server managers) what was asked here this week, and what I could not answer",
  "help.item_votes": "👍 / 👎 under an answer tell the maintainers whether it helped; 👎 lets you say what was wrong",
  "help.heading_verdicts": "Verdict marks (in {/check} replies)",
  "help.heading_private": "Private replies",
  "help.private_text":
    "Set {private} to True on {/ask}, {/check} or {/summary} and only you see the reply. {menu} is always private.",
  "help.heading_pace": "Pace",
  "stats.questions_text": "Questions: {questions} · Declined: {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · Median reply time: {latency}",
} as const;

/** One of the bot's messages. */
export type MessageKey = keyof typeof EN;

/** A language's messages: every key of the English reference. */
export type Catalogue = Record<MessageKey, string>;
