import { PassThrough } from "node:stream";

/**
 * A small terminal for console tests: a TTY-like input to type into, and an output that keeps a screen the way a
 * terminal would draw it (line wrap, cursor moves, clearing), so a test can check what a person would see.
 */
export interface FakeTerminal {
  input: PassThrough & { isTTY: true; setRawMode(mode: boolean): void };
  output: PassThrough & { isTTY: true; columns: number; rows: number };
  /** Everything written, escape codes included. */
  raw(): string;
  /** The screen as drawn now, one string per line (rows a long line wrapped onto joined back), trailing blanks trimmed. */
  screen(): string[];
  /** Resolves once the screen shows `text` (polling, with a deadline). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

export function fakeTerminal(columns = 80): FakeTerminal {
  const input = Object.assign(new PassThrough(), { isTTY: true as const, setRawMode: () => {} });
  const output = Object.assign(new PassThrough(), { isTTY: true as const, columns, rows: 40 });
  let written = "";
  const rows: string[][] = [[]];
  /** Rows that continue the row above: the terminal wrapped a long line there. */
  const wrapped = new Set<number>();
  let row = 0;
  let col = 0;
  const line = () => (rows[row] ??= []);
  const draw = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === "\x1b" && text[i + 1] === "[") {
        const m = /^\x1b\[(\d*)([A-Za-z])/.exec(text.slice(i))!;
        const n = m[1] === "" ? undefined : Number(m[1]);
        if (m[2] === "A") row = Math.max(0, row - (n ?? 1));
        else if (m[2] === "J") {
          line().length = Math.min(line().length, col);
          rows.length = row + 1;
          for (const r of wrapped) if (r > row) wrapped.delete(r);
        } else if (m[2] === "B") row += n ?? 1;
        else if (m[2] === "C") col += n ?? 1;
        else if (m[2] === "D") col = Math.max(0, col - (n ?? 1));
        else if (m[2] === "G") col = (n ?? 1) - 1;
        else if (m[2] === "K") line().length = Math.min(line().length, col);
        i += m[0].length - 1;
      } else if (ch === "\n") {
        // Terminals in Node's raw mode still turn "\n" into a new line at column 0 (ONLCR).
        row++;
        col = 0;
        wrapped.delete(row);
      } else if (ch === "\r") col = 0;
      else {
        if (col >= columns) {
          row++;
          col = 0;
          wrapped.add(row);
        }
        line()[col++] = ch;
      }
    }
  };
  output.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    written += text;
    draw(text);
  });
  const screen = () => {
    const lines: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      const text = Array.from(rows[r] ?? [], (c) => c ?? " ").join("");
      if (wrapped.has(r) && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines.map((l) => l.trimEnd());
  };
  return {
    input,
    output,
    raw: () => written,
    screen,
    async waitFor(text, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      const shown = () =>
        typeof text === "string" ? screen().join("\n").includes(text) : text.test(screen().join("\n"));
      while (!shown()) {
        if (Date.now() > deadline)
          throw new Error(`the terminal never showed ${String(text)}; it shows:\n${screen().join("\n")}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
  };
}
