import { describe, expect, it } from "vitest";
import { parseAskArgs } from "../../src/cli/askArgs.js";

describe("the arguments of npm run ask", () => {
  it("joins the words of an unquoted question", () => {
    expect(parseAskArgs(["how", "many", "GPUs?"])).toEqual({ help: false, question: "how many GPUs?", json: false });
  });

  it("takes --json wherever it stands", () => {
    expect(parseAskArgs(["how many GPUs?", "--json"])).toMatchObject({ question: "how many GPUs?", json: true });
  });

  it("reads a question starting with a minus sign as a question, not an option", () => {
    expect(parseAskArgs(["-5% in a day?"])).toMatchObject({ question: "-5% in a day?" });
  });

  it("asks for help before anything else is read", () => {
    expect(parseAskArgs(["--bogus", "--help"])).toEqual({ help: true });
  });

  it("refuses a question of blanks", () => {
    expect(() => parseAskArgs(["  "])).toThrow(/npm run ask -- "your question"/);
  });
});
