import { describe, expect, it } from "vitest";
import { runEntryPoint } from "../helpers/entryPoint.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

async function ask(...args: string[]) {
  const { code, stdout, stderr } = await runEntryPoint("src/cli/ask.ts", { KNOWLEDGE_DIR: FIXTURE }, { args }).exited;
  expect(code, stderr).toBe(0);
  return { stdout };
}

/** The readable answer to one question, asked once and shared by the cases that read it. */
let readable: Promise<{ stdout: string }> | undefined;
const readableAnswer = () => (readable ??= ask("how many H800 GPUs were used?"));

describe("npm run ask", () => {
  it("prints the answer as JSON with --json", async () => {
    const { stdout } = await ask("how many H800 GPUs were used?", "--json");
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
    const { stdout } = await readableAnswer();
    expect(stdout).toContain("2,048 H800 GPUs");
  });

  it("prints no hint to type a console command, since it exits after one answer", async () => {
    const { stdout } = await readableAnswer();
    expect(stdout).not.toMatch(/type \/more|type \/sources/);
  });

  it("exits with a message naming the variable when the configuration is bad", async () => {
    const { code, stderr } = await runEntryPoint("src/cli/ask.ts", { KNOWLEDGE_DIR: "/nonexistent" }, { args: ["hi"] })
      .exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/KNOWLEDGE_DIR/);
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
