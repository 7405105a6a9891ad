import { type APIEmbed, type APIEmbedField, hideLinkEmbed, hyperlink } from "discord.js";
import type { CheckReport, CheckResult } from "../claims/types.js";
import { MAX_QUESTION_CHARS } from "../engine/input.js";
import type { Answer, Excerpt, RetrievedPassage, SourceInfo, Summary } from "../engine/types.js";
import type { MessageKey } from "../messages/en.js";
import type { Locale } from "../messages/locale.js";
import { localDate, localName, ownWords, say } from "../messages/say.js";
import { containsSpan } from "../text/excerpts.js";
import { localLeads } from "./leads.js";
import { LIMITS, truncate } from "./limits.js";
import { embedLength, fitEmbed, inert, titleOf } from "./neutralise.js";
import { notice, type Reply } from "./reply.js";

/** Excerpts shown under the answer; further passages wait behind "More excerpts". */
const EXCERPTS_SHOWN = 3;
const COLOUR = 0x5865f2;

export interface RenderContext {
  sources: readonly SourceInfo[];
  asOf: string;
  /** The reader's language for the bot's own words (default English); quotes and notes stay as written. */
  locale?: Locale;
  /** What the bot is about, named in declines (default "this story"). */
  topic?: string;
}

const localeOf = (ctx: RenderContext): Locale => ctx.locale ?? "en";

/** A source's name, linked; a link that only reaches the site says so. */
function linkedName(src: SourceInfo | undefined, fallbackTitle: string, url: string | null, locale: Locale): string {
  const title = inert(src?.title ?? fallbackTitle);
  if (!url) return title;
  if (src?.urlScope === "site") {
    const site = say(locale, "answer.site_link", { host: new URL(url).hostname.replace(/^www\./, "") });
    return `${title} (${hyperlink(site, hideLinkEmbed(url))})`;
  }
  return hyperlink(title, hideLinkEmbed(url));
}

/** Who said it, by kind: the article and sources speak for themselves; a note is ours, about its source. */
function credit(
  e: Pick<Excerpt, "kind" | "docId" | "title" | "url">,
  ctx: RenderContext,
  note: MessageKey = "answer.note_credit",
): string {
  const locale = localeOf(ctx);
  const src = ctx.sources.find((s) => s.id === e.docId);
  const date = src ? localDate(src.published, locale) : "";
  if (e.kind === "article") return say(locale, "answer.article_credit", { date });
  const by = src?.publisher ? `${inert(src.publisher)}, ` : "";
  const name = `${linkedName(src, e.title, e.url, locale)} (${by}${date})`;
  return e.kind === "note" ? say(locale, note, { name }) : name;
}

/**
 * One excerpt as a field. Quotable kinds (the article, sources) stand in a block quote: their exact words. A note is
 * never quoted: it is shown as our note on its source, with the source's link.
 */
function excerptField(
  e: Pick<Excerpt, "kind" | "docId" | "title" | "url" | "text">,
  label: string,
  ctx: RenderContext,
): APIEmbedField {
  const by = credit(e, ctx);
  const room = LIMITS.fieldValue - by.length - 8;
  const says = (key: MessageKey) => `${label} ${say(localeOf(ctx), key)}`;
  if (e.kind === "note") return { name: says("answer.from_notes"), value: `${truncate(inert(e.text), room)}\n— ${by}` };
  return {
    name: says(e.kind === "article" ? "answer.article_says" : "answer.source_says"),
    value: `> ${truncate(inert(e.text), room)}\n— ${by}`,
  };
}

/** [n] markers become links to the excerpt's source, so a reader can jump straight to it. */
function linkMarkers(text: string, excerpts: readonly Excerpt[]): string {
  return text.replace(/\\?\[(\d+)\\?\](?!\()/g, (m, n: string) => {
    const e = excerpts[Number(n) - 1];
    return e?.url ? `[\\[${n}\\]](${hideLinkEmbed(e.url)})` : m;
  });
}

function footer(answer: Answer, ctx: RenderContext): string {
  const locale = localeOf(ctx);
  const mode = say(locale, answer.mode === "generated" ? "answer.by_model" : "answer.word_for_word");
  return `${mode} · ${say(locale, "answer.as_of", { date: localDate(ctx.asOf, locale) })}`;
}

/** Says so when a follow-up was read as being about what the question before it was about. */
function followUpNote(answer: Answer, locale: Locale): string[] {
  if (answer.readAs) return [say(locale, "answer.read_as", { question: inert(answer.readAs) })];
  return answer.borrowedSubject && answer.subject.length > 0
    ? [say(locale, "answer.read_as_follow_up", { subject: answer.subject.join(", ") })]
    : [];
}

/** A decline: why, what the bot covers, and questions it can answer instead. Only the asker sees it. */
function renderDecline(answer: Answer, ctx: RenderContext): Reply {
  const locale = localeOf(ctx);
  const tries = answer.suggestions.length
    ? `\n\n${say(locale, "decline.you_could_ask")}\n${answer.suggestions.map((q) => `• ${inert(q)}`).join("\n")}`
    : "";
  return notice(truncate(`${inert(declineText(answer, ctx))}${tries}`, LIMITS.content), true);
}

/**
 * Why a question was declined, in the reader's words: the engine gives the reason and its English sentence (from the
 * same catalogue), and another language's wording is chosen here.
 */
function declineText(answer: Answer, ctx: RenderContext): string {
  const locale = localeOf(ctx);
  const reason = answer.declineReason;
  if (!reason || locale === "en") return answer.answer;
  return say(locale, `decline.${reason}`, {
    max: MAX_QUESTION_CHARS,
    length: answer.question.length,
    covers: say(locale, "decline.covers", { topic: ctx.topic ?? "this story" }),
  });
}

export function renderAnswer(answer: Answer, ctx: RenderContext, ephemeral = false): Reply {
  if (answer.declined) return renderDecline(answer, ctx);
  const locale = localeOf(ctx);
  const shown = answer.excerpts.slice(0, EXCERPTS_SHOWN);
  const notes = [...(answer.notes ?? []).map((n) => ownWords(n, locale)), ...followUpNote(answer, locale)]
    .map((n) => `\n*${inert(n)}*`)
    .join("");
  const description = truncate(
    linkMarkers(inert(localLeads(answer.answer, answer.excerpts, ctx.sources, locale)), answer.excerpts) + notes,
    LIMITS.embedDescription - 200,
  );
  // An excerpt the answer already gives in full is credited in one line; one it only cites is shown whole.
  const inAnswer = (e: Excerpt) => answer.answer.includes(e.text);
  const credits = shown.flatMap((e, i) =>
    inAnswer(e) ? [`[${i + 1}] ${credit(e, ctx, "answer.note_credit_from")}`] : [],
  );
  const fields: APIEmbedField[] = [
    ...shown.flatMap((e, i) => (inAnswer(e) ? [] : [excerptField(e, `[${i + 1}]`, ctx)])),
    ...(credits.length
      ? [{ name: say(locale, "answer.sources"), value: truncate(credits.join("\n"), LIMITS.fieldValue) }]
      : []),
  ];
  const embed: APIEmbed = {
    color: COLOUR,
    title: titleOf(answer.question),
    description,
    fields,
    footer: { text: footer(answer, ctx) },
  };
  return { ephemeral, embeds: [fitEmbed(embed)], more: renderMore(answer, ctx), sourcesButton: true, locale };
}

/** The private reply behind "More excerpts": further passages retrieved for the question, each shown by its kind. */
function renderMore(answer: Answer, ctx: RenderContext): Reply {
  const rest = answer.excerpts.slice(EXCERPTS_SHOWN);
  const shownSpans = answer.excerpts.slice(0, EXCERPTS_SHOWN);
  const extra = answer.retrieved.filter((r) => !shownSpans.some((e) => containsSpan(r, e)));
  const passageExcerpt = (r: RetrievedPassage): Excerpt => {
    const src = ctx.sources.find((s) => s.id === r.docId);
    return {
      kind: r.kind,
      text: r.text,
      docId: r.docId,
      title: src?.title ?? r.docId,
      url: src?.url ?? null,
      path: r.path,
      start: r.start,
      end: r.end,
    };
  };
  const fields = [
    ...rest.map((e, i) => excerptField(e, `[${EXCERPTS_SHOWN + i + 1}]`, ctx)),
    ...extra.map((r) => excerptField(passageExcerpt(r), "•", ctx)),
  ].slice(0, 8);
  // Shown again later (a button press), each quote is checked against its file then: see quoteCheck.ts.
  const quotes = [...rest, ...extra.map(passageExcerpt)]
    .slice(0, 8)
    .flatMap((e, field) => (e.kind === "note" ? [] : [{ field, path: e.path, text: e.text }]));
  return {
    ephemeral: true,
    quotes,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: say(localeOf(ctx), "more.title"),
        description: say(localeOf(ctx), fields.length === 0 ? "more.none" : "more.some"),
        fields,
      }),
    ],
  };
}

/** The answer while a model is still writing it: prose only; excerpts follow once they are verified. */
export function renderPartial(question: string, prose: string, locale: Locale = "en"): Reply {
  return {
    ephemeral: false,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: titleOf(question),
        description: truncate(`${inert(prose)} …`, LIMITS.embedDescription),
        footer: { text: say(locale, "answer.writing") },
      }),
    ],
  };
}

export function renderSummary(summary: Summary, ctx: RenderContext, ephemeral = false): Reply {
  const locale = localeOf(ctx);
  const written = summary.origin === "written";
  const refs: string[] = [];
  const line = (b: Summary["sections"][number]["bullets"][number]): string => {
    if ("text" in b) return `• ${inert(b.text)}${b.docs.map((id) => citeMark(id, refs, ctx)).join("")}`;
    const e = summary.excerpts[b.excerpt]!;
    const lead = b.lead ? `**${inert(b.lead)}** → ` : "";
    const body = e.kind === "note" ? `${inert(e.text)} — ${credit(e, ctx)}` : `“${inert(e.text)}” — ${credit(e, ctx)}`;
    return truncate(`• ${lead}${body}`, LIMITS.fieldValue);
  };
  const fields: APIEmbedField[] = [];
  for (const section of summary.sections) {
    // A field holds 1,024 characters: a long section continues in a further field, named too (a blank name shows
    // as an unlabelled block on Discord).
    let value = "";
    let part = 0;
    const push = () =>
      fields.push({
        name: part++ === 0 ? section.heading : say(locale, "continued", { heading: section.heading }),
        value,
      });
    for (const text of section.bullets.map(line)) {
      if (value && value.length + 1 + text.length > LIMITS.fieldValue) {
        push();
        value = "";
      }
      value = value ? `${value}\n${text}` : text;
    }
    if (value) push();
  }
  return {
    ephemeral,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: truncate(inert(summary.title), LIMITS.embedTitle),
        description: say(locale, written ? "summary.in_our_words" : "summary.quoted"),
        fields,
        footer: { text: say(locale, "summary.footer", { date: localDate(ctx.asOf, locale) }) },
      }),
    ],
    sourcesButton: true,
    locale,
  };
}

/**
 * A written bullet's citation: the source's number in this reply, linked to its page. The article has no address
 * to link and the bullets name it in words, so it gets no number.
 */
function citeMark(docId: string, refs: string[], ctx: RenderContext): string {
  const url = ctx.sources.find((s) => s.id === docId)?.url;
  if (!url) return "";
  if (!refs.includes(docId)) refs.push(docId);
  return ` [\\[${refs.indexOf(docId) + 1}\\]](${hideLinkEmbed(url)})`;
}

/** How much of a /sources page is entries: well under Discord's 4,096, so a page reads on a phone without scrolling far. */
const SOURCES_PAGE_CHARS = 2_400;

/**
 * Every document, each in full: its linked title, publisher, date and a line on what the bot holds from it. When
 * they do not fit one message they are split between whole entries into pages (`pages`), each within Discord's limits.
 */
export function renderSources(ctx: RenderContext, ephemeral = true): Reply {
  const locale = localeOf(ctx);
  const entry = (s: SourceInfo) => {
    const by = s.publisher ? ` — ${inert(s.publisher)}` : "";
    return `• **${linkedName(s, s.title, s.url, locale)}**${by}, ${localDate(s.published, locale)}\n${inert(s.about)}`;
  };
  const notes = ctx.sources.filter((s) => s.kind === "note");
  const verbatim = ctx.sources.filter((s) => s.kind === "source");
  const group = (name: MessageKey, items: SourceInfo[], count?: MessageKey) => ({
    name: `**${say(locale, name)}**`,
    heading: `**${say(locale, name)}**${count ? ` ${say(locale, count, { count: items.length })}` : ""}`,
    items,
  });
  const groups = [
    group(
      "sources.article",
      ctx.sources.filter((s) => s.kind === "article"),
    ),
    group("sources.notes", notes, "sources.notes_count"),
    group("sources.verbatim", verbatim, "sources.verbatim_count"),
  ].filter((g) => g.items.length > 0);

  // Pages break between entries, never inside one; a group carried over to a new page says so.
  const pages: string[][] = [[]];
  const size = (lines: string[]) => lines.join("\n").length;
  for (const g of groups) {
    let opened = false;
    for (const item of g.items) {
      const text = entry(item);
      let page = pages.at(-1)!;
      const heading = opened ? [] : [g.heading];
      if (page.length > 0 && size([...page, ...heading, text]) > SOURCES_PAGE_CHARS) {
        page = [];
        pages.push(page);
        if (opened) heading.push(say(locale, "continued", { heading: g.name }));
      }
      if (!opened && page.length > 0) page.push("");
      page.push(...heading, text);
      opened = true;
    }
  }
  const count = pages.length;
  const replies: Reply[] = pages.map((lines, index) => ({
    ephemeral,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title:
          count > 1 ? say(locale, "sources.title_paged", { page: index + 1, count }) : say(locale, "sources.title"),
        description: lines.join("\n"),
        footer: {
          text: say(locale, "sources.footer", { count: ctx.sources.length, date: localDate(ctx.asOf, locale) }),
        },
      }),
    ],
    locale,
    ...(count > 1 ? { page: { command: "sources", index, count } } : {}),
  }));
  return count > 1 ? { ...replies[0]!, pages: replies } : replies[0]!;
}

/** Questions the help offers as examples: each is answered from the knowledge (a test holds them to that). */
export const HELP_EXAMPLES = [
  "how far did NVIDIA fall?",
  "what did DeepSeek-R1 cost to train?",
  "which chips did DeepSeek use?",
] as const;

/** Help for Discord: what to ask, what the verdict marks mean, what private does, and the pace. */
export function renderHelp(topic: string, locale: Locale = "en"): Reply {
  // German capitalises its nouns, so its labels keep their case inside a line.
  const inLine = (label: string) => (locale === "de" ? label : label.toLocaleLowerCase(locale));
  const verdicts = VERDICTS.map((v) => `${VERDICT_MARK[v]} ${inLine(verdictLabel(v, locale))}`);
  const names = { menu: localName("Check with sources", locale), private: localName("private", locale) };
  return notice(
    [
      say(locale, "help.intro", { topic: inert(topic) }),
      "",
      say(locale, "help.commands"),
      say(locale, "help.ask", { examples: HELP_EXAMPLES.map((q) => `“${q}”`).join(", ") }),
      say(locale, "help.summary"),
      say(locale, "help.check", names),
      say(locale, "help.stats"),
      say(locale, "help.votes"),
      "",
      say(locale, "help.verdicts"),
      verdicts.join(" · "),
      "",
      say(locale, "help.private_heading"),
      say(locale, "help.private", names),
      "",
      say(locale, "help.pace_heading"),
      say(locale, "help.pace"),
    ].join("\n"),
    true,
  );
}

/** Every verdict, in the order help lists them. */
const VERDICTS = ["supported", "nuanced", "contradicted", "unverified", "opinion", "not_covered"] as const;

/** A verdict's name in the reader's language: "Supported", "Belegt". */
function verdictLabel(verdict: CheckResult["verdict"], locale: Locale): string {
  return say(locale, `verdict.${verdict}`);
}

/** The mark in front of each verdict, in /check replies and in both helps. */
export const VERDICT_MARK: Record<CheckResult["verdict"], string> = {
  supported: "✅",
  nuanced: "⚠️",
  contradicted: "❌",
  unverified: "❓",
  opinion: "💬",
  not_covered: "➖",
};

/**
 * Verdicts side by side with the article's words (quoted) and the sources' side (our notes, with links), one embed
 * per statement, all in one message; a message with nothing to check gets one private line.
 */
export function renderCheck(report: CheckReport, ctx: RenderContext, ephemeral: boolean): Reply {
  const locale = localeOf(ctx);
  if (report.results.length === 0) return notice(say(locale, "check.nothing"), true);
  const embeds = report.results.map((r: CheckResult) => {
    const fields: APIEmbedField[] = [];
    if (r.articleExcerpt) fields.push(excerptField(r.articleExcerpt, "", ctx));
    for (const e of r.evidence) fields.push(excerptField(e, "", ctx));
    return fitEmbed({
      color: COLOUR,
      title: truncate(`${VERDICT_MARK[r.verdict]} ${verdictLabel(r.verdict, locale)}`, LIMITS.embedTitle),
      description: [
        say(locale, "check.checked", { statement: inert(r.statement) }),
        inert(r.claimId === null ? ownWords(r.explanation, locale) : r.explanation),
        ...(r.verdict === "not_covered" ? [say(locale, "check.try_ask")] : []),
      ].join("\n\n"),
      fields,
    });
  });
  // Each verdict gets its share of the message, so all of them fit (none is dropped for another's length).
  const share = Math.floor((LIMITS.embedTotal - 200) / embeds.length);
  for (const e of embeds) {
    while (embedLength(e) > share && (e.fields?.length ?? 0) > 0) e.fields!.pop();
    if (embedLength(e) > share && e.description)
      e.description = truncate(e.description, Math.max(100, e.description.length - (embedLength(e) - share)));
  }
  const rest =
    report.unchecked > 0
      ? say(locale, report.unchecked === 1 ? "check.unchecked_one" : "check.unchecked_many", {
          checked: report.results.length,
          unchecked: report.unchecked,
        })
      : "";
  const last = embeds.at(-1)!;
  last.footer = {
    text: truncate(
      `${rest ? `${rest} · ` : ""}${say(locale, "check.footer", { date: localDate(ctx.asOf, locale) })}`,
      LIMITS.footer,
    ),
  };
  // Several verdicts share one message; keep the total inside Discord's 6,000-character cap.
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    if (total + embedLength(e) > LIMITS.embedTotal) break;
    kept.push(e);
    total += embedLength(e);
  }
  return { ephemeral, embeds: kept };
}
