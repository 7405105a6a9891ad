import { runMain } from "../runMain.js";
import { askOnce } from "./askOnce.js";

/** npm run ask -- "<question>" [--json]: one answer, then exit (the work is askOnce's, which the tests call too). */
void runMain(() => askOnce(process.argv.slice(2), process.stdout));
