import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePorts } from "../dev-stack/ports.ts";

const run = promisify(execFile);
const DEBIAN_POSTGRES = "/usr/lib/postgresql";
/** The account PostgreSQL runs as when this process is root (it refuses to run as root); Debian's package creates it. */
const SERVICE_USER = "postgres";

/** A throwaway PostgreSQL server: its connection URL and how to stop it (which also deletes its data). */
export type RunningPostgres = { url: string; port: number; stop(): Promise<void> };

/** PostgreSQL's programs are not installed, or the server would not start; the message says what to do. */
export class PostgresStartError extends Error {
  override name = "PostgresStartError";
}

async function binDir(): Promise<string> {
  const fromEnv = process.env.GRANDRUE_PG_BIN;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const versions = existsSync(DEBIAN_POSTGRES)
    ? (await readdir(DEBIAN_POSTGRES)).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a))
    : [];
  const dir = versions
    .map((version) => join(DEBIAN_POSTGRES, version, "bin"))
    .find((candidate) => existsSync(join(candidate, "initdb")));
  if (dir === undefined)
    throw new PostgresStartError(
      "PostgreSQL is not installed: apt-get install postgresql (or set GRANDRUE_PG_BIN to the folder of initdb and pg_ctl)",
    );
  return dir;
}

/**
 * Starts a PostgreSQL server of its own on 127.0.0.1 and a free port, in a temporary folder (`initdb` + `pg_ctl`,
 * trust authentication for the `grandrue` user, fsync off: for tests and benchmarks, never for data to keep). As root
 * it runs the server as the `postgres` account.
 * @throws {PostgresStartError} when PostgreSQL is missing or does not start.
 * @example const postgres = await startPostgres(); … DATABASE_URL=postgres.url …; await postgres.stop()
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = await binDir();
  const isRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), "grandrue-postgres-"));
  const dataDir = join(dir, "data");
  const exec = (program: string, args: string[]) =>
    isRoot ? run("runuser", ["-u", SERVICE_USER, "--", join(bin, program), ...args]) : run(join(bin, program), args);
  if (isRoot) {
    await chown(
      dir,
      Number((await run("id", ["-u", SERVICE_USER])).stdout.trim()),
      Number((await run("id", ["-g", SERVICE_USER])).stdout.trim()),
    );
    await chmod(dir, 0o700);
  }
  const [port] = (await freePorts(1)) as [number];
  try {
    await exec("initdb", ["-D", dataDir, "-U", "grandrue", "--auth=trust", "--encoding=UTF8", "--no-locale"]);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
    await exec("pg_ctl", ["-D", dataDir, "-o", options, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new PostgresStartError(`PostgreSQL did not start: ${(error as Error).message}`);
  }
  // A process that ends without calling stop() (an uncaught error) must not leave the server running.
  const stopOnExit = () => {
    const args = ["-D", dataDir, "-m", "immediate", "-w", "stop"];
    try {
      if (isRoot)
        execFileSync("runuser", ["-u", SERVICE_USER, "--", join(bin, "pg_ctl"), ...args], { stdio: "ignore" });
      else execFileSync(join(bin, "pg_ctl"), args, { stdio: "ignore" });
    } catch {
      // Already stopped.
    }
  };
  process.once("exit", stopOnExit);
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://grandrue@127.0.0.1:${port}/postgres`,
    port,
    stop: () =>
      (stopped ??= (async () => {
        process.off("exit", stopOnExit);
        await exec("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
        await rm(dir, { recursive: true, force: true });
      })()),
  };
}
