import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
const engine = await buildEngine(loadConfig({}), undefined, { mode: "extractive" });
for (const s of process.argv.slice(2)) {
  const r = (engine as any).check ? await (engine as any).check(s) : null;
  console.log(JSON.stringify(r, (k, v) => (k === "evidence" || k === "articleExcerpt" ? (v && (Array.isArray(v) ? v.map((e: any) => e.text?.slice(0, 80)) : v.text?.slice(0, 80))) : v), 1).slice(0, 1500));
}
