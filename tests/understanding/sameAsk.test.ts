import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { asksTheSame } from "../../src/understanding/sameAsk.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

// A small story (a battery maker, its recycling process, its shares) the engine was never tuned on.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
let reader: Understander;
beforeAll(async () => {
  reader = createUnderstander(await loadCorpus(OTHER_STORY, OTHER_STORY));
});

const same = (asker: string, other: string) => asksTheSame(reader.understand(asker), reader.understand(other));

describe("whether another question asks the same thing", () => {
  it("takes a rewording that asks for the same figure about the same thing", () => {
    expect(same("how much did voltaris shares rise on tuesday", "how much did voltaris stock go up on tuesday")).toBe(
      true,
    );
  });

  it("refuses a question for another kind of fact, whatever words it shares", () => {
    expect(same("how many tonnes does the pilot plant handle", "when is the commercial plant planned")).toBe(false);
  });

  it("refuses a question that leaves out a thing the asker names", () => {
    expect(
      same("how much did maria lind's shares rise on tuesday", "how much did voltaris stock go up on tuesday"),
    ).toBe(false);
  });

  it("refuses a question that does not ask for the kind of fact the asker asks for (a valuation is not a share rise)", () => {
    expect(
      same("how much did voltaris's valuation rise on tuesday", "how much did voltaris stock go up on tuesday"),
    ).toBe(false);
  });
});
