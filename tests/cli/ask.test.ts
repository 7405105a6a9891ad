import { describe, expect, it } from "vitest";
import { askOnce } from "../../src/cli/askOnce.js";
import { describeFailure } from "../../src/runMain.js";
import { runEntryPoint } from "../helpers/entryPoint.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

/** What npm run ask writes, asked in this process: the same function its entry point runs. */
async function askHere(args: string[], env: NodeJS.ProcessEnv = { KNOWLEDGE_DIR: FIXTURE }): Promise<string> {
  let stdout = "";
  await askOnce(args, { write: (text: string) => (stdout += text) }, env);
  return stdout;
}

/** The readable answer to one question, asked once and shared by the cases that read it. */
let readable: Promise<string> | undefined;
const readableAnswer = () => (readable ??= askHere(["how many H800 GPUs were used?"]));

// One case runs the real entry point: the process prints the JSON alone on stdout and exits 0. The others call what
// it runs, in this process.
describe("npm run ask", () => {
  it("prints the answer as JSON with --json", async () => {
    const { code, stdout, stderr } = await runEntryPoint(
      "src/cli/ask.ts",
      { KNOWLEDGE_DIR: FIXTURE },
      { args: ["how many H800 GPUs were used?", "--json"] },
    ).exited;
    expect(code, stderr).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ question: "how many H800 GPUs were used?", declined: false, mode: "extractive" });
    expect(answer.excerpts[0]).toMatchObject({
      kind: "note",
      docId: "cost-report",
      url: "https://example.org/cost-report",
    });
    expect(answer.excerpts[0].path).toMatch(/cost-report\.md$/);
  });

  it("prints readable text without --json", async () => {
    expect(await readableAnswer()).toContain("2,048 H800 GPUs");
  });

  it("prints no hint to type a console command, since it exits after one answer", async () => {
    expect(await readableAnswer()).not.toMatch(/type \/more|type \/sources/);
  });

  it("exits with a message naming the variable when the configuration is bad", async () => {
    const failure = await askHere(["hi"], { KNOWLEDGE_DIR: "/nonexistent" }).then(
      () => expect.fail("it answered without a knowledge folder"),
      (error: unknown) => error,
    );
    expect(describeFailure(failure, () => null)).toMatch(/KNOWLEDGE_DIR/);
  });
});

/** npm run ask with these arguments and no knowledge folder: what it says must not need one. */
const askWithout = (...args: string[]) =>
  runEntryPoint("src/cli/ask.ts", { KNOWLEDGE_DIR: "/nonexistent" }, { args }).exited;

// What the usage and the argument mistakes say in detail is checked on parseAskArgs (askArgs.test.ts); these check
// that the process prints it and ends the way a shell script expects.
describe("npm run ask -- --help", () => {
  it("prints the usage in shell syntax and exits without answering anything", async () => {
    const { code, stdout } = await askWithout("--help");
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run ask -- "your question" [--json]');
  });
});

describe("npm run ask with no question", () => {
  it("prints the shell syntax for asking one, and fails", async () => {
    const { code, stderr } = await askWithout();
    expect(code).toBe(1);
    expect(stderr).toContain('npm run ask -- "your question"');
  });
});
