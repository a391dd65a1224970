/**
 * Grandrue from the command line, for merchants, carriers and developers: `npm run cli -- <command>`, e.g.
 * `npm run cli -- orders list --shop 2` or `npm run cli -- label 0x5f3a91c2 --account 4`. `--help` lists the
 * commands; every command has its own `--help`. Defaults point at the local dev stack (`npm run dev`).
 */
import { enableCompileCache } from "node:module";

// Node's on-disk compile cache (as npm uses it) halves the start-up time of later runs; it must be on before the
// CLI's modules load, hence the dynamic import.
enableCompileCache();
const { runCli } = await import("./lib/cli/runCli.ts");

let interruption: AbortController | undefined;

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  // Only a command that asks (orders watch) catches Ctrl-C; the others still stop at once.
  interrupted: () => {
    if (interruption === undefined) {
      const controller = new AbortController();
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
      interruption = controller;
    }
    return interruption.signal;
  },
});
