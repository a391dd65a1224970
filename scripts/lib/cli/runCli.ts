import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import type { MarketWalletClient } from "@grandrue/sdk";
import type { CliCommand, CommandContext, CommandOption } from "./command.ts";
import { CLI_COMMANDS } from "./commands.ts";
import { CONNECTION_OPTIONS, HELP_OPTION, SIGNING_OPTIONS } from "./commonOptions.ts";
import { type Connection, connect, signingWallet } from "./connection.ts";
import { describeError } from "./describeError.ts";
import { UsageError } from "./errors.ts";
import { commandHelp, commandList } from "./help.ts";

/**
 * Where the CLI writes (a line end is added to each text), the environment it reads keys from, and, for commands
 * that run until stopped, the signal that stops them (by default one that never aborts).
 */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  interrupted?(): AbortSignal;
};

/**
 * Runs one command line (`process.argv.slice(2)`) and returns the exit status: 0 on success, 1 when the command
 * failed, 2 for a wrong command line. Failures are one line on stderr, never a stack trace.
 * @example process.exitCode = await runCli(["orders", "list", "--shop", "2"], io)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    const report = describeError(error);
    io.stderr(`Error: ${report.message}`);
    for (const detail of report.details) io.stderr(`  ${detail}`);
    return report.exitCode;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<void> {
  const firstOption = argv.findIndex((token) => token.startsWith("-"));
  const words = argv.slice(0, firstOption === -1 ? 2 : Math.min(firstOption, 2));
  if (words.length === 0) {
    if (argv.length > 0 && !isHelp(argv[0]!)) throw new UsageError(`Give a command before ${argv[0]}`);
    io.stdout(commandList(CLI_COMMANDS));
    return;
  }
  const command = findCommand(words);
  if (command === undefined) {
    const group = CLI_COMMANDS.filter((candidate) => candidate.name.startsWith(`${words[0]} `));
    if (group.length === 0) throw new UsageError(`Unknown command "${words[0]}"`);
    if (words.length > 1) {
      const names = group.map((candidate) => candidate.name.split(" ")[1]).join(", ");
      throw new UsageError(`Unknown command "${words.join(" ")}": the ${words[0]} commands are ${names}`, words[0]);
    }
    io.stdout(commandList(group, words[0]));
    return;
  }
  const values = parseCommandLine(command, argv.slice(command.name.split(" ").length));
  if (values.options.help === true) {
    io.stdout(commandHelp(command));
    return;
  }
  checkCommandLine(command, values);
  try {
    await command.run(commandContext(values, io));
  } catch (error) {
    // Usage errors found while running (a bad order id, no signing account) point to this command's help.
    if (error instanceof UsageError && error.command === undefined) throw new UsageError(error.message, command.name);
    throw error;
  }
}

function isHelp(token: string): boolean {
  return token === "--help" || token === "-h";
}

function findCommand(words: readonly string[]): CliCommand | undefined {
  return (
    CLI_COMMANDS.find((command) => command.name === words.join(" ")) ??
    CLI_COMMANDS.find((command) => command.name === words[0])
  );
}

type CommandLine = { args: string[]; options: Record<string, string | boolean | undefined> };

function parseCommandLine(command: CliCommand, tokens: readonly string[]): CommandLine {
  const accepted = { ...command.options, ...CONNECTION_OPTIONS, ...SIGNING_OPTIONS, ...HELP_OPTION };
  try {
    const { values, positionals } = parseArgs({
      args: [...tokens],
      options: { ...toParseArgsOptions(accepted), help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    // No option is `multiple`, so every value is a string, a boolean or absent.
    return { args: positionals, options: values as CommandLine["options"] };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      throw new UsageError(`Unknown option ${option} for ${command.name}`, command.name);
    }
    if (code?.startsWith("ERR_PARSE_ARGS") === true) throw new UsageError((error as Error).message, command.name);
    throw error;
  }
}

function toParseArgsOptions(options: Record<string, CommandOption>): ParseArgsOptionsConfig {
  return Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { type: option.type }]));
}

function checkCommandLine(command: CliCommand, { args, options }: CommandLine): void {
  const missing = command.arguments.slice(args.length);
  if (missing.length > 0)
    throw new UsageError(`${command.name} needs ${missing.map((name) => `<${name}>`).join(" ")}`, command.name);
  const extra = args.slice(command.arguments.length);
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}" for ${command.name}`, command.name);
  for (const [name, option] of Object.entries(command.options)) {
    if (option.isRequired === true && options[name] === undefined) {
      throw new UsageError(`${command.name} needs --${name} <${option.valueName ?? "value"}>`, command.name);
    }
  }
}

function commandContext({ args, options }: CommandLine, io: CliIo): CommandContext {
  let connection: Promise<Connection> | undefined;
  let wallet: Promise<MarketWalletClient> | undefined;
  const text = (name: string) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
  const connectOnce = () =>
    (connection ??= connect(
      { rpc: text("rpc"), ipfs: text("ipfs"), gateway: text("gateway"), deployment: text("deployment") },
      io.env,
    ));
  return {
    args,
    options,
    connection: connectOnce,
    wallet: () =>
      (wallet ??= connectOnce().then((connected) =>
        signingWallet(connected, { account: text("account"), privateKeyEnv: text("private-key-env") }, io.env),
      )),
    print: (output) => io.stdout(output),
    interrupted: () => io.interrupted?.() ?? new AbortController().signal,
  };
}
