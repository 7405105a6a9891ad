import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { keepingReadings, openKeptReadings } from "../../src/understanding/keptReadings.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";
import { writeStory } from "../helpers/storyFolder.js";

const ARTICLE = "Harbourline's shares fell 4% on Monday after a tide flooded its docks.";
const NOTES = { staff: "Harbourline employs 300 engineers at its northern site." };
const TEXTS = ["why did harbourline shares fall?", "how many engineers does it employ"];

let knowledge: string;
let code: string;
let reader: Understander;
beforeAll(async () => {
  knowledge = await writeStory(ARTICLE, NOTES);
  code = mkdtempSync(join(tmpdir(), "storybot-code-"));
  writeFileSync(join(code, "reader.js"), "// the reading code\n");
  reader = createUnderstander(await loadCorpus(knowledge));
});

const freshCache = () => mkdtempSync(join(tmpdir(), "storybot-cache-"));
/** Reads the texts through kept readings and saves them, as a start does. */
function start(cache: string, story = knowledge) {
  const kept = openKeptReadings(cache, story, code);
  const understander = keepingReadings(reader, kept);
  const groups = TEXTS.map((t) => understander.groupsOf(t));
  kept.save();
  return { kept, groups };
}

describe("readings of the knowledge kept between starts", () => {
  it("gives the next start the same readings as reading the texts again", () => {
    const cache = freshCache();
    start(cache);
    const next = openKeptReadings(cache, knowledge, code);
    expect(TEXTS.map((t) => next.get(t))).toEqual(TEXTS.map((t) => reader.groupsOf(t)));
  });

  it("reads afresh when the knowledge changes", async () => {
    const cache = freshCache();
    const story = await writeStory(ARTICLE, NOTES);
    start(cache, story);
    writeFileSync(
      join(story, "notes", "staff.md"),
      readFileSync(join(story, "notes", "staff.md"), "utf8").replace("300", "400"),
    );
    expect(openKeptReadings(cache, story, code).get(TEXTS[0]!)).toBeUndefined();
  });

  it("reads afresh when the code that reads changes", () => {
    const cache = freshCache();
    start(cache);
    const changed = mkdtempSync(join(tmpdir(), "storybot-code-"));
    writeFileSync(join(changed, "reader.js"), "// the reading code, changed\n");
    expect(openKeptReadings(cache, knowledge, changed).get(TEXTS[0]!)).toBeUndefined();
  });

  it("keeps the newest few versions' files, not every version's", () => {
    const cache = freshCache();
    for (let version = 0; version < 6; version++) {
      const changed = mkdtempSync(join(tmpdir(), "storybot-code-"));
      writeFileSync(join(changed, "reader.js"), `// version ${version}\n`);
      const kept = openKeptReadings(cache, knowledge, changed);
      keepingReadings(reader, kept).groupsOf(TEXTS[0]!);
      kept.save();
    }
    expect(readdirSync(cache).length).toBeGreaterThan(1);
    expect(readdirSync(cache).length).toBeLessThan(6);
  });

  it("starts without kept readings when the cache folder cannot be written, and says nothing", () => {
    const notAFolder = join(freshCache(), "file");
    writeFileSync(notAFolder, "");
    expect(() => start(notAFolder)).not.toThrow();
    expect(start(notAFolder).groups).toEqual(TEXTS.map((t) => reader.groupsOf(t)));
  });

  it("reads a damaged file as no readings", () => {
    const cache = freshCache();
    start(cache);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), "{not json");
    expect(openKeptReadings(cache, knowledge, code).get(TEXTS[0]!)).toBeUndefined();
  });
});
