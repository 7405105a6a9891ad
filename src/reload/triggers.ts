import { type FSWatcher, watch } from "node:fs";
import type { Logger } from "../log.js";

/** Editors save in bursts (a temporary file, a rename, the file): one reload once the folder has been quiet this long. */
const QUIET_MS = 300;

/**
 * What starts a reload: SIGHUP always (`kill -HUP <pid>`), and with KNOWLEDGE_WATCH=1 any change to a file in the
 * folder. Returns a function that stops both.
 */
export function reloadTriggers(options: {
  dir: string;
  watch: boolean;
  reload: (reason: string) => unknown;
  log: Logger;
}): () => void {
  const { dir, reload, log } = options;
  const onHangup = () => void reload("SIGHUP");
  process.on("SIGHUP", onHangup);
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch) {
    try {
      watcher = watch(dir, { recursive: true }, (_event, name) => {
        // Temporary files (knowledge:add's, editors' swap files) are not knowledge; their rename into place is.
        const base =
          String(name ?? "")
            .split(/[\\/]/)
            .pop() ?? "";
        if (base.startsWith(".") || base.endsWith("~") || base.endsWith(".tmp") || base.endsWith(".swp")) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(`file changed: ${name}`), QUIET_MS).unref();
      });
      watcher.on("error", (error) => log("knowledge_watch_failed", { dir, error: String(error) }, "warn"));
      log("knowledge_watching", { dir });
    } catch (error) {
      log("knowledge_watch_failed", { dir, error: String(error), warning: "reload with SIGHUP instead" }, "warn");
    }
  }
  log("knowledge_reload_ready", { dir, pid: process.pid, reload: `kill -HUP ${process.pid}`, watch: options.watch });
  return () => {
    process.off("SIGHUP", onHangup);
    clearTimeout(timer);
    watcher?.close();
  };
}
