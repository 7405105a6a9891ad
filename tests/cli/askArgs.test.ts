import { describe, expect, it } from "vitest";
import { parseAskArgs, USAGE } from "../../src/cli/askArgs.js";

/** The message parseAskArgs refuses these arguments with (what npm run ask prints before exiting 1). */
function refusal(argv: string[]): string {
  try {
    parseAskArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`parseAskArgs accepted ${JSON.stringify(argv)}`);
}

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

  it("takes -h for help as well as --help", () => {
    expect(parseAskArgs(["-h"])).toEqual({ help: true });
  });

  it("shows in the usage how to pipe the JSON answer into jq", () => {
    expect(USAGE).toContain('npm run -s ask -- --json "your question" | jq');
  });

  it("does not suggest the console's /ask syntax when --json comes with no question", () => {
    const message = refusal(["--json"]);
    expect(message).toContain('npm run ask -- "your question"');
    expect(message).not.toContain("/ask");
  });

  it("names an option it does not know and shows the usage, instead of answering it as a question", () => {
    const message = refusal(["--jsno", "how many H800 GPUs were used?"]);
    expect(message).toContain('Unknown option "--jsno"');
    expect(message).toContain(USAGE);
  });
});
