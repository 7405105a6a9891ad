import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../src/ingest/address.js";
import { get, RefusedAddress } from "../../src/ingest/request.js";
import { type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describe("the connection's own address check", () => {
  it("refuses a name that resolves to a loopback address when it connects, whatever was checked before", async () => {
    const url = new URL(site.url("/article").replace("127.0.0.1", "localhost"));
    const options = { signal: AbortSignal.timeout(5_000), allowed: (a: string) => !isPrivateAddress(a), headers: {} };
    await expect(get(url, options)).rejects.toBeInstanceOf(RefusedAddress);
    expect(site.hits.get("/article") ?? 0).toBe(0);
  });
});
