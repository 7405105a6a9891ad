import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand, snapshot } from "./run.js";

let site: FixtureSite;
let dir: string;
beforeAll(async () => {
  site = await startFixtureSite();
  dir = knowledgeCopy();
  // A source already there, for the tests of an id that is taken.
  await runCommand(knowledgeAdd, [site.url("/article"), "--allow-private", "--id", "taken"], {
    env: { KNOWLEDGE_DIR: dir },
  });
});
afterAll(() => site.close());

/** Runs knowledge:add and returns its one line of error, having checked it exited 1 and wrote nothing. */
async function refused(args: readonly string[], opts: { allowPrivate?: boolean; onlyLoopback?: boolean } = {}) {
  const before = snapshot(dir);
  const run = await runCommand(knowledgeAdd, [...args, ...(opts.allowPrivate === false ? [] : ["--allow-private"])], {
    env: { KNOWLEDGE_DIR: dir },
    limits: { timeoutMs: 500, maxBytes: 2 * 1024 * 1024 },
    ...(opts.onlyLoopback ? { allowed: (address: string) => address === "127.0.0.1" } : {}),
  });
  expect(run.code).toBe(1);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(snapshot(dir)).toEqual(before);
  return run.stderr.trim();
}

describe("knowledge:add refuses, in one line and leaving knowledge/ unchanged,", () => {
  it("a URL that is not http(s)", async () => {
    expect(await refused(["file:///etc/passwd"])).toMatch(/file: addresses are not fetched/);
  });

  it("a URL with a user name and password in it", async () => {
    expect(await refused([site.url("/article").replace("http://", "http://me:secret@")])).toMatch(
      /user name or password/,
    );
  });

  it("a loopback address without --allow-private", async () => {
    expect(await refused([site.url("/article")], { allowPrivate: false })).toMatch(
      /127\.0\.0\.1 resolves to 127\.0\.0\.1, a private, loopback or link-local address: refused/,
    );
  });

  it("a page that redirects to a link-local address", async () => {
    expect(await refused([site.url("/to-private")], { onlyLoopback: true })).toMatch(/169\.254\.169\.254.*refused/);
  });

  it("a chain of more than five redirects", async () => {
    expect(await refused([site.url("/loop")])).toMatch(/more than 5 redirects/);
  });

  it("a page that answers 404", async () => {
    expect(await refused([site.url("/missing")])).toMatch(/answered 404/);
  });

  it("a page that does not answer in time", async () => {
    expect(await refused([site.url("/slow")])).toMatch(/did not answer within 0\.5 s/);
  });

  it("a 50 MB response, abandoned at the size cap", async () => {
    expect(await refused([site.url("/huge")])).toMatch(/larger than 2 MB/);
  });

  it("a response that is neither HTML nor PDF", async () => {
    expect(await refused([site.url("/data.json")])).toMatch(/application\/json, not an HTML page or a PDF/);
  });

  it("a page of scripts only", async () => {
    expect(await refused([site.url("/scripts")])).toMatch(/no readable text/);
  });

  it("a paywall stub under 500 characters", async () => {
    expect(await refused([site.url("/stub")])).toMatch(/only \d+ characters of text.*at least 500/);
  });

  it("a PDF without text", async () => {
    expect(await refused([site.url("/scan.pdf")])).toMatch(/PDF without text/);
  });

  it("an id that exists already, without --force", async () => {
    expect(await refused([site.url("/article"), "--id", "taken"])).toMatch(/taken\.md exists already.*--force/);
  });

  it("an id that another file uses, even with --force", async () => {
    expect(await refused([site.url("/article"), "--id", "cost-report", "--force"])).toMatch(
      /"cost-report" is already used by .*cost-report\.md/,
    );
  });

  it("an id with path characters", async () => {
    expect(await refused([site.url("/article"), "--id", "../notes/evil"])).toMatch(/only lowercase letters/);
  });

  it("a host name that does not resolve", async () => {
    expect(await refused(["https://no-such-host.invalid/page"])).toMatch(/cannot resolve no-such-host\.invalid/);
  });
});
