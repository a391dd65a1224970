import { readFile } from "node:fs/promises";
import { CliError } from "./errors.ts";

/**
 * The text of a file named on the command line.
 * @throws CliError saying plainly why it cannot be read (missing, a folder, not allowed).
 */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : String(error);
    throw new CliError(`Cannot read ${path}: ${reason}`);
  }
}

/**
 * A JSON file named on the command line, parsed (validate it with a schema next).
 * @throws CliError when it cannot be read or is not JSON.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
