import { type APIEmbed, type APIEmbedField, hideLinkEmbed, hyperlink } from "discord.js";
import { type CheckReport, type CheckResult, VERDICT_LABEL } from "../claims/types.js";
import type { Answer, Excerpt, RetrievedPassage, SourceInfo, Summary } from "../engine/types.js";
import { formatDate } from "../text/attribution.js";
import { containsSpan } from "../text/excerpts.js";
import { LIMITS, truncate } from "./limits.js";
import { embedLength, fitEmbed, inert, titleOf } from "./neutralise.js";
import { notice, type Reply } from "./reply.js";

/** Excerpts shown under the answer; further passages wait behind "More excerpts". */
const EXCERPTS_SHOWN = 3;
const COLOUR = 0x5865f2;

export interface RenderContext {
  sources: readonly SourceInfo[];
  asOf: string;
}

/** A source's name, linked; a link that only reaches the site says so. */
function linkedName(src: SourceInfo | undefined, fallbackTitle: string, url: string | null): string {
  const title = inert(src?.title ?? fallbackTitle);
  if (!url) return title;
  if (src?.urlScope === "site")
    return `${title} (${hyperlink(`${new URL(url).hostname.replace(/^www\./, "")}, the site: exact page not known`, hideLinkEmbed(url))})`;
  return hyperlink(title, hideLinkEmbed(url));
}

/** Who said it, by kind: the article and sources speak for themselves; a note is ours, about its source. */
function credit(e: Pick<Excerpt, "kind" | "docId" | "title" | "url">, ctx: RenderContext): string {
  const src = ctx.sources.find((s) => s.id === e.docId);
  const date = src ? formatDate(src.published) : "";
  if (e.kind === "article") return `the article, ${date}`;
  const by = src?.publisher ? `${inert(src.publisher)}, ` : "";
  const name = `${linkedName(src, e.title, e.url)} (${by}${date})`;
  return e.kind === "note" ? `our notes on ${name}: our summary, not its words` : name;
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
  if (e.kind === "note") return { name: `${label} From our notes`, value: `${truncate(inert(e.text), room)}\n— ${by}` };
  return {
    name: `${label} ${e.kind === "article" ? "The article says" : "The source says"}`,
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
  const mode =
    answer.mode === "generated"
      ? "Written by a language model from the excerpts below"
      : "Taken from the documents word for word (no language model)";
  return `${mode} · knowledge as of ${formatDate(ctx.asOf)}`;
}

/** Says so when a follow-up was read as being about what the question before it was about. */
function followUpNote(answer: Answer): string[] {
  return answer.borrowedSubject && answer.subject.length > 0
    ? [`Read as a follow-up about ${answer.subject.join(" and ")}, from the question before.`]
    : [];
}

/** A decline: why, what the bot covers, and questions it can answer instead. Only the asker sees it. */
function renderDecline(answer: Answer): Reply {
  const tries = answer.suggestions.length
    ? `\n\nYou could ask:\n${answer.suggestions.map((q) => `• ${inert(q)}`).join("\n")}`
    : "";
  return notice(truncate(`${inert(answer.answer)}${tries}`, LIMITS.content), true);
}

export function renderAnswer(answer: Answer, ctx: RenderContext, ephemeral = false): Reply {
  if (answer.declined) return renderDecline(answer);
  const shown = answer.excerpts.slice(0, EXCERPTS_SHOWN);
  const notes = [...(answer.notes ?? []), ...followUpNote(answer)].map((n) => `\n*${inert(n)}*`).join("");
  const description = truncate(
    linkMarkers(inert(answer.answer), answer.excerpts) + notes,
    LIMITS.embedDescription - 200,
  );
  // An excerpt the answer already gives in full is credited in one line; one it only cites is shown whole.
  const inAnswer = (e: Excerpt) => answer.answer.includes(e.text);
  const credits = shown.flatMap((e, i) =>
    inAnswer(e) ? [`[${i + 1}] ${e.kind === "note" ? "From " : ""}${credit(e, ctx)}`] : [],
  );
  const fields: APIEmbedField[] = [
    ...shown.flatMap((e, i) => (inAnswer(e) ? [] : [excerptField(e, `[${i + 1}]`, ctx)])),
    ...(credits.length ? [{ name: "Sources", value: truncate(credits.join("\n"), LIMITS.fieldValue) }] : []),
  ];
  const embed: APIEmbed = {
    color: COLOUR,
    title: titleOf(answer.question),
    description,
    fields,
    footer: { text: footer(answer, ctx) },
  };
  return { ephemeral, embeds: [fitEmbed(embed)], more: renderMore(answer, ctx), sourcesButton: true };
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
  return {
    ephemeral: true,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: "More excerpts",
        description:
          fields.length === 0
            ? "No further excerpts: the ones above are everything relevant I found."
            : "Further passages I retrieved for this question.",
        fields,
      }),
    ],
  };
}

/** The answer while a model is still writing it: prose only; excerpts follow once they are verified. */
export function renderPartial(question: string, prose: string): Reply {
  return {
    ephemeral: false,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: titleOf(question),
        description: truncate(`${inert(prose)} …`, LIMITS.embedDescription),
        footer: { text: "Writing… excerpts appear once they are checked against the documents" },
      }),
    ],
  };
}

export function renderSummary(summary: Summary, ctx: RenderContext, ephemeral = false): Reply {
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
    const push = () => fields.push({ name: part++ === 0 ? section.heading : `${section.heading} (continued)`, value });
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
        description: written
          ? "In our words; each [n] links to a source the line rests on."
          : "The article's lines are quoted word for word; the corrections come from our notes on its sources, with links.",
        fields,
        footer: {
          text: `Knowledge as of ${formatDate(ctx.asOf)} · /sources lists every document · /ask for your own question`,
        },
      }),
    ],
    sourcesButton: true,
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
  const entry = (s: SourceInfo) => {
    const by = s.publisher ? ` — ${inert(s.publisher)}` : "";
    return `• **${linkedName(s, s.title, s.url)}**${by}, ${formatDate(s.published)}\n${inert(s.about)}`;
  };
  const notes = ctx.sources.filter((s) => s.kind === "note");
  const verbatim = ctx.sources.filter((s) => s.kind === "source");
  const groups = [
    { heading: "**The article**", items: ctx.sources.filter((s) => s.kind === "article") },
    { heading: `**Its sources** (${notes.length}; I answer from my own notes on each, with its link)`, items: notes },
    { heading: `**Sources I hold word for word** (${verbatim.length})`, items: verbatim },
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
        if (opened) heading.push(`${g.heading.replace(/ \(.*$/, "")} (continued)`);
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
        title: count > 1 ? `What I have read (${index + 1} of ${count})` : "What I have read",
        description: lines.join("\n"),
        footer: { text: `${ctx.sources.length} documents · knowledge as of ${formatDate(ctx.asOf)}` },
      }),
    ],
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
export function renderHelp(topic: string): Reply {
  const verdicts = Object.entries(VERDICT_LABEL).map(
    ([v, label]) => `${VERDICT_MARK[v as CheckResult["verdict"]]} ${label.toLowerCase()}`,
  );
  return notice(
    [
      `I answer questions about ${inert(topic)}: I quote the article word for word and show my notes on its sources, with links.`,
      "",
      "**Commands**",
      `• \`/ask\` a question, e.g. ${HELP_EXAMPLES.map((q) => `“${q}”`).join(", ")}`,
      "• `/summary` the story in one message · `/sources` every document I have read",
      "• `/check` a claim, e.g. “R1 cost $5.5M to train”; or right-click a message → Apps → **Check with sources**",
      "• `/stats` (server managers) what was asked here this week, and what I could not answer",
      "• 👍 / 👎 under an answer tell the maintainers whether it helped; 👎 lets you say what was wrong",
      "",
      "**Verdict marks** (in /check replies)",
      verdicts.join(" · "),
      "",
      "**Private replies**",
      "Set `private` to True on /ask, /check or /summary and only you see the reply. Check with sources is always private.",
      "",
      "**Pace**",
      "/ask and /check have a per-person limit each minute: go faster and I say how many seconds to wait. Questions I can't answer don't count.",
    ].join("\n"),
    true,
  );
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

/** The reply to a message that states nothing a fact check could take up. */
export const NOTHING_TO_CHECK =
  "Nothing to check here: that message doesn't state anything I can check against the sources.";

/**
 * Verdicts side by side with the article's words (quoted) and the sources' side (our notes, with links), one embed
 * per statement, all in one message; a message with nothing to check gets one private line.
 */
export function renderCheck(report: CheckReport, ctx: RenderContext, ephemeral: boolean): Reply {
  if (report.results.length === 0) return notice(NOTHING_TO_CHECK, true);
  const embeds = report.results.map((r: CheckResult) => {
    const fields: APIEmbedField[] = [];
    if (r.articleExcerpt) fields.push(excerptField(r.articleExcerpt, "", ctx));
    for (const e of r.evidence) fields.push(excerptField(e, "", ctx));
    return fitEmbed({
      color: COLOUR,
      title: truncate(`${VERDICT_MARK[r.verdict]} ${VERDICT_LABEL[r.verdict]}`, LIMITS.embedTitle),
      description: `**Checked:** ${inert(r.statement)}\n\n${inert(r.explanation)}${r.verdict === "not_covered" ? "\n\nTry /ask for what the story's documents do say." : ""}`,
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
      ? `I checked the first ${report.results.length} statements; ${report.unchecked} more ${report.unchecked === 1 ? "was" : "were"} not checked.`
      : "";
  const last = embeds.at(-1)!;
  last.footer = {
    text: truncate(
      `${rest ? `${rest} · ` : ""}Verdicts come from the article's checked claims and our notes on its sources · knowledge as of ${formatDate(ctx.asOf)}`,
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
