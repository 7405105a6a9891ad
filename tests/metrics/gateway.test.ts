import { EventEmitter } from "node:events";
import { type Client, Status } from "discord.js";
import { describe, expect, it } from "vitest";
import { gatewayUp, shardStates, timeFirstResponses } from "../../src/metrics/gateway.js";
import { createMetrics } from "../../src/metrics/registry.js";

/** Just what the observer reads of a discord.js client: its raw gateway events and its REST responses. */
function fakeClient(shards: Array<{ id: number; status: Status }> = [], ready = true) {
  const client = Object.assign(new EventEmitter(), {
    rest: new EventEmitter(),
    ws: { shards: new Map(shards.map((s) => [s.id, s])) },
    isReady: () => ready,
  });
  return client;
}

function timed() {
  const client = fakeClient();
  const metrics = createMetrics();
  timeFirstResponses(client as unknown as Client, metrics);
  const arrive = (id: string, d: Record<string, unknown>) =>
    client.emit("raw", { t: "INTERACTION_CREATE", d: { id, ...d } });
  const respond = (id: string, status = 204) =>
    client.rest.emit("response", { method: "POST", path: `/interactions/${id}/tok-${id}/callback` }, { status });
  const counts = async () =>
    Object.fromEntries(
      (await metrics.firstResponse.get()).values
        .filter((v) => v.metricName === "storybot_first_response_seconds_count")
        .map((v) => [String(v.labels.command), v.value]),
    );
  return { arrive, respond, counts, client };
}

describe("timing first responses from the gateway", () => {
  it("times an interaction from its packet to Discord's answer to its callback, under the command's name", async () => {
    const { arrive, respond, counts } = timed();
    arrive("1", { type: 2, data: { name: "ask" } });
    respond("1");
    expect(await counts()).toEqual({ ask: 1 });
  });

  it("names a button press and a modal submit by their kind, as the interaction log line does", async () => {
    const { arrive, respond, counts } = timed();
    arrive("1", { type: 3, data: { custom_id: "more:123" } });
    arrive("2", { type: 5, data: { custom_id: "reason:456" } });
    respond("1");
    respond("2");
    expect(await counts()).toEqual({ "button:more": 1, "modal:reason": 1 });
  });

  it("does not time a callback Discord refused, nor a second callback of the same interaction", async () => {
    const { arrive, respond, counts } = timed();
    arrive("1", { type: 2, data: { name: "ask" } });
    respond("1", 404);
    respond("1");
    arrive("2", { type: 2, data: { name: "ask" } });
    respond("2");
    respond("2");
    expect(await counts()).toEqual({ ask: 1 });
  });

  it("times the retry that succeeds when Discord answered the callback with a server error first", async () => {
    const { arrive, respond, counts } = timed();
    arrive("1", { type: 2, data: { name: "ask" } });
    respond("1", 503);
    respond("1");
    expect(await counts()).toEqual({ ask: 1 });
  });

  it("times an interaction that came over HTTP from the moment it is handed to the bot", async () => {
    const { client, respond, counts } = timed();
    client.emit("interactionCreate", {
      id: "1",
      commandName: "check",
      isCommand: () => true,
      isAutocomplete: () => false,
    });
    respond("1");
    expect(await counts()).toEqual({ check: 1 });
  });

  it("times a gateway interaction from its packet, not again when it is handed to the bot", async () => {
    const { arrive, client, respond, counts } = timed();
    arrive("1", { type: 2, data: { name: "ask" } });
    client.emit("interactionCreate", {
      id: "1",
      commandName: "other",
      isCommand: () => true,
      isAutocomplete: () => false,
    });
    respond("1");
    expect(await counts()).toEqual({ ask: 1 });
  });

  it("ignores REST calls that are not an interaction's callback", async () => {
    const { arrive, client, counts } = timed();
    arrive("1", { type: 2, data: { name: "ask" } });
    client.rest.emit("response", { method: "PATCH", path: "/webhooks/9/tok-1/messages/@original" }, { status: 200 });
    expect(await counts()).toEqual({});
  });
});

describe("the gateway's state", () => {
  it("is up once the client is ready and every shard of the process is", () => {
    const client = fakeClient([
      { id: 0, status: Status.Ready },
      { id: 1, status: Status.Ready },
    ]);
    expect(gatewayUp(client as unknown as Client)).toBe(true);
  });

  it("is down while any shard is reconnecting, and says which", () => {
    const client = fakeClient([
      { id: 0, status: Status.Ready },
      { id: 1, status: Status.Reconnecting },
    ]);
    expect(gatewayUp(client as unknown as Client)).toBe(false);
    expect(shardStates(client as unknown as Client)).toEqual([
      { id: 0, up: true },
      { id: 1, up: false },
    ]);
  });

  it("is down before the client is ready", () => {
    expect(gatewayUp(fakeClient([{ id: 0, status: Status.Ready }], false) as unknown as Client)).toBe(false);
  });
});
