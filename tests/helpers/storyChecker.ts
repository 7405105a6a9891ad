import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "./decisions.js";
import { writeStory } from "./storyFolder.js";

/** A fact checker over a small story of a test's own (writeStory), ruling every ✅ it finds (ALWAYS). */
export async function storyChecker(article: string, notes: Record<string, string>): Promise<ClaimChecker> {
  const dir = await writeStory(article, notes);
  const corpus = await loadCorpus(dir, dir);
  return new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
}
