/** A command cannot go on; `message` says why in one line and `details` may list what to fix (one item a line). */
export class CliError extends Error {
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = "CliError";
    this.details = details;
  }
}

/** The command line itself is wrong: an unknown command or option, a missing argument. Exits with status 2. */
export class UsageError extends CliError {
  /** The command whose `--help` to suggest, when known. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}
