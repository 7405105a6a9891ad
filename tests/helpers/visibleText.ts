import type { APIEmbed } from "discord.js";

/** Markdown a reader does not see: link targets behind their labels, escapes, bold marks, subtext and quote marks. */
const unmarked = (text: string) =>
  text
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(<?[^)>]+>?\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^(?:-#|###|>) /gm, "")
    .replace(/\\(.)/g, "$1");

type Component = Record<string, any>;

/** The text displays of a V2 message's components, in reading order, however deep (containers, sections). */
export function textDisplays(components: readonly Component[]): string[] {
  const out: string[] = [];
  const walk = (c: Component) => {
    if (c.type === 10 && typeof c.content === "string") out.push(c.content);
    for (const child of c.components ?? []) walk(child);
  };
  for (const c of components) walk(c);
  return out;
}

/** A message's top-level containers (its cards), each with its accent and its text displays. */
export function cardsOf(message: { components?: Component[] }): Array<{ accent: number | null; texts: string[] }> {
  return (message.components ?? [])
    .filter((c) => c.type === 17)
    .map((c) => ({ accent: c.accent_color ?? null, texts: textDisplays(c.components ?? []) }));
}

/** The sections of a message's cards: each one excerpt, its texts and its accessory. */
export function sectionsOf(message: { components?: Component[] }): Component[] {
  const out: Component[] = [];
  const walk = (c: Component) => {
    if (c.type === 9) out.push(c);
    for (const child of c.components ?? []) walk(child);
  };
  for (const c of message.components ?? []) walk(c);
  return out;
}

const embedParts = (e: APIEmbed) => [
  e.title,
  e.description,
  ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  e.footer?.text,
];

/**
 * The characters a reader sees of an embed, or of a whole message (its content, embeds and cards) on Discord: link
 * targets hidden behind their labels, Markdown escapes and marks not shown. What "fits on a phone" is measured in.
 */
export function visibleText(
  item: APIEmbed | { content?: string | null; embeds?: APIEmbed[]; components?: Component[] },
): string {
  const isMessage = "embeds" in item || "components" in item || "content" in item;
  const parts = isMessage
    ? [
        (item as { content?: string | null }).content,
        ...((item as { embeds?: APIEmbed[] }).embeds ?? []).flatMap(embedParts),
        ...textDisplays((item as { components?: Component[] }).components ?? []),
      ]
    : embedParts(item as APIEmbed);
  return unmarked(parts.filter((p): p is string => Boolean(p)).join("\n"));
}

/** Every button of a message, in order, however deep (action rows, a card's rows, section accessories). */
export function buttonsOf(message: { components?: Component[] }): Component[] {
  const out: Component[] = [];
  const walk = (c: Component) => {
    if (c.type === 2) out.push(c);
    if (c.accessory) walk(c.accessory);
    for (const child of c.components ?? []) walk(child);
  };
  for (const c of message.components ?? []) walk(c);
  return out;
}

/** The buttons a message's reader presses (link buttons open a page and carry no id), in order. */
export const pressablesOf = (message: { components?: Component[] }): Component[] =>
  buttonsOf(message).filter((b) => typeof b.custom_id === "string");

/** A message body shows an answer's checked excerpts: the final answer, not the one still being written. */
export const showsExcerpts = (body: { components?: Component[]; embeds?: APIEmbed[] } | undefined): boolean =>
  Boolean(body) &&
  (textDisplays(body!.components ?? []).some((t) => t.includes("Checked word for word")) ||
    (body!.embeds ?? []).some((e) => (e.fields?.length ?? 0) > 0));

/** A message body is an answer still being written by a model. */
export const isWriting = (body: { components?: Component[] } | undefined): boolean =>
  textDisplays(body?.components ?? []).some((t) => t.startsWith("-# Writing"));
