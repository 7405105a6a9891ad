import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { findCommand } from "../../commands/index.js";
import { recordOptions } from "../discord/command.js";
import { notice, type Reply } from "../discord/reply.js";
import type { Engine } from "../engine/engine.js";
import { USER_MESSAGES } from "../errors.js";
import { partialText, replyToText } from "./text.js";
import type { Logger } from "../log.js";

export interface ConsoleOptions {
  engine: Engine;
  input: Readable;
  output: Writable;
  log?: Logger;
}

/** How a typed line maps onto a command's options; the first (required) text option takes the rest of the line. */
const TEXT_OPTION: Record<string, string> = { ask: "question", check: "claim" };

/**
 * The local console: the same commands and engine as Discord, typed as "/ask <question>", printed as the text of
 * what the bot would post. Ends on Ctrl-D or /quit.
 */
export async function runConsole({ engine, input, output, log }: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, terminal: false });
  const write = (s: string) => output.write(`${s}\n`);
  write(`storybot console: ask about ${engine.topic}. Try /ask <question>, /summary, /sources, /help; /quit to leave.`);
  let lastMore: Reply | undefined;
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (trimmed === "/quit" || trimmed === "/exit") break;
    let reply: Reply;
    try {
      if (trimmed === "/more") {
        reply = lastMore ?? notice("There is nothing more to show yet: ask a question first.");
      } else {
        const [, name = "", rest = ""] = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed) ?? [];
        const isCommand = trimmed.startsWith("/");
        const command = findCommand(isCommand ? name.toLowerCase() : "ask");
        if (!command) {
          reply = notice(USER_MESSAGES.unknown_command);
        } else {
          const textOption = TEXT_OPTION[command.data.name];
          const text = isCommand ? rest : trimmed;
          let streamed = "";
          reply = await command.execute({
            engine,
            options: recordOptions(textOption ? { [textOption]: text } : {}),
            // A model's answer is printed as it is written; the checked reply follows in full.
            onProgress: (partial) => {
              const prose = partialText(partial);
              if (prose.startsWith(streamed) && prose.length > streamed.length) output.write(prose.slice(streamed.length));
              streamed = prose;
            },
          });
          if (streamed) output.write("\n\n");
        }
      }
    } catch (error) {
      log?.("console_error", { error: String(error) }, "error");
      reply = notice(USER_MESSAGES.internal);
    }
    if (reply.more) lastMore = reply.more;
    write(`${replyToText(reply)}\n`);
  }
  rl.close();
}
