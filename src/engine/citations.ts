/**
 * Prose still being written, without its [n] markers: they number the prompt's passages, and only verification
 * decides which survive and what they become, so a reader would see them change between the stream and the answer.
 */
export function withoutCitations(prose: string): string {
  return prose.replace(/\s?\[\d*\]?$/, "").replace(/\s?\[\d+\]/g, "");
}
