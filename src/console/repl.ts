import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { recordOptions } from "../discord/command.js";
import { notice, type Reply } from "../discord/reply.js";
import type { Engine } from "../engine/engine.js";
import { userMessage } from "../errors.js";
import type { Logger } from "../log.js";
import { parseLine, unknownCommandText } from "./commands.js";
import { Conversation } from "./conversation.js";
import { consoleHelp } from "./help.js";
import { StreamEcho } from "./stream.js";
import { partialText, replyToText } from "./text.js";

export interface ConsoleOptions {
  engine: Engine;
  input: Readable & { isTTY?: boolean };
  output: Writable & { isTTY?: boolean; columns?: number };
  log?: Logger;
}

const PROMPT = "storybot> ";
const HISTORY = 500;

/**
 * The local console: the same commands and engine as Discord, typed as "/ask <question>" or a plain question, printed
 * as the text of what the bot would post. In a terminal it has a prompt, line editing and history (readline's
 * terminal mode); piped input is read line by line with no prompt. Ends on Ctrl-D or /quit.
 */
export async function runConsole({ engine, input, output, log }: ConsoleOptions): Promise<void> {
  const terminal = Boolean(input.isTTY && output.isTTY);
  const rl = createInterface({
    input,
    output: terminal ? output : undefined,
    terminal,
    prompt: PROMPT,
    historySize: HISTORY,
    removeHistoryDuplicates: true,
  });
  if (terminal) onCtrlC(rl);
  const write = (s: string) => output.write(`${s}\n`);
  write(
    `storybot console: ask about ${engine.topic}. Type a question, or /help for the commands; /quit or Ctrl-D leaves.`,
  );
  if (terminal) rl.prompt();
  let lastMore: Reply | undefined;
  // The session is one conversation, as a follow-up thread is in Discord: "who made it?" reads the question before.
  const conversation = new Conversation();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === "") {
      if (terminal) rl.prompt();
      continue;
    }
    const parsed = parseLine(trimmed);
    if (parsed.kind === "quit") break;
    let reply: Reply;
    try {
      if (parsed.kind === "more")
        reply = lastMore ?? notice("There is nothing more to show yet: ask a question first.");
      else if (parsed.kind === "new") {
        conversation.clear();
        reply = notice("Starting over: the next question is read on its own.");
      } else if (parsed.kind === "help") reply = consoleHelp(engine.topic);
      else if (parsed.kind === "unknown") reply = notice(unknownCommandText(parsed.name));
      else {
        // Only a terminal can take the streamed words back when the checked answer replaces them.
        const echo = output.isTTY ? new StreamEcho(output) : null;
        reply = await parsed.command.execute({
          engine,
          surface: "console",
          options: recordOptions(parsed.options),
          // "thread": the conversation goes on here, so the reply offers no follow-up button to open one.
          ...(parsed.command.followsUp ? { followUp: { earlier: conversation.earlier, in: "thread" as const } } : {}),
          ...(echo ? { onProgress: (partial: Reply) => echo.show(partialText(partial)) } : {}),
        });
        echo?.erase();
      }
    } catch (error) {
      log?.("console_error", { error: String(error) }, "error");
      reply = notice(userMessage("internal"));
    }
    if (reply.more) lastMore = reply.more;
    if (reply.turn) conversation.add(reply.turn);
    write(`${replyToText(reply)}\n`);
    if (terminal) rl.prompt();
  }
  rl.close();
}

/** Ctrl-C clears a half-typed line; on an empty line it leaves, as Ctrl-D does. */
function onCtrlC(rl: Interface): void {
  rl.on("SIGINT", () => {
    if (rl.line.length === 0) {
      rl.close();
      return;
    }
    rl.write(null, { ctrl: true, name: "e" });
    rl.write(null, { ctrl: true, name: "u" });
  });
}
