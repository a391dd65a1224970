import type { MarketWalletClient } from "@grandrue/sdk";
import type { Connection } from "./connection.ts";

/** An option of one command (`--file <path>`, `--csv`). */
export type CommandOption = {
  type: "string" | "boolean";
  /** Shown in the help after the option name, e.g. `path` for `--file <path>`. */
  valueName?: string;
  description: string;
  isRequired?: boolean;
};

/** What a command gets when it runs. */
export type CommandContext = {
  /** The positional arguments after the command's words, as many as {@link CliCommand.arguments} names. */
  args: string[];
  /** Values of the command's own options and of the common ones. */
  options: Record<string, string | boolean | undefined>;
  /** Connects to the node, the deployment and IPFS (once; later calls return the same connection). */
  connection(): Promise<Connection>;
  /** The account that signs, from `--account` or `--private-key-env` (once). */
  wallet(): Promise<MarketWalletClient>;
  /** Writes to standard output; a line end is added. */
  print(text: string): void;
  /**
   * For a command that runs until stopped: a signal that aborts on Ctrl-C (SIGINT) or SIGTERM, which then no longer
   * end the process at once, so the command can finish cleanly. Other commands never call it.
   */
  interrupted(): AbortSignal;
};

/** One command of the CLI, e.g. `orders accept`. */
export type CliCommand = {
  /** One or two words: `label`, `orders accept`. */
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Names of the positional arguments, all required, e.g. `["orderId"]`. */
  arguments: string[];
  options: Record<string, CommandOption>;
  /** Whether the command signs (its help then lists `--account` and `--private-key-env`). */
  isSigning: boolean;
  /** Further help: what the command does, file formats, examples. */
  help?: string;
  run(context: CommandContext): Promise<void>;
};
