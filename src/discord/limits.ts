/** Discord's documented message limits; a reply that breaks one is rejected with error 50035, so we never send one. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
} as const;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  return `${(space > room * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
