import { clearScreenDown, cursorTo, moveCursor } from "node:readline";
import type { Writable } from "node:stream";

/**
 * Shows a model's answer in a terminal as it is written, and takes it back when the checked answer is printed in
 * its place: the reader sees the answer once, with the citation numbers verification gave it.
 */
export class StreamEcho {
  private shown = "";

  constructor(private readonly output: Writable & { columns?: number }) {}

  show(prose: string): void {
    if (prose === this.shown) return;
    if (prose.startsWith(this.shown)) this.output.write(prose.slice(this.shown.length));
    else {
      this.erase();
      this.output.write(prose);
    }
    this.shown = prose;
  }

  /** Clears what was shown: back to the start of its first row, then everything below. */
  erase(): void {
    if (!this.shown) return;
    const columns = this.output.columns || 80;
    const rows = this.shown.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / columns)), 0);
    cursorTo(this.output, 0);
    if (rows > 1) moveCursor(this.output, 0, -(rows - 1));
    clearScreenDown(this.output);
    this.shown = "";
  }
}
