import type { CliCommand, CommandOption } from "./command.ts";
import { CONNECTION_OPTIONS, SIGNING_OPTIONS } from "./commonOptions.ts";

const PROGRAM = "npm run cli --";

/** `orders accept <orderId> [options]` */
export function usageLine(command: CliCommand): string {
  const args = command.arguments.map((name) => `<${name}>`);
  const required = Object.entries(command.options)
    .filter(([, option]) => option.isRequired === true)
    .map(([name, option]) => `--${name} <${option.valueName ?? "value"}>`);
  return [PROGRAM, command.name, ...args, ...required, "[options]"].join(" ");
}

function optionLines(options: Record<string, CommandOption>): string[] {
  const entries = Object.entries(options).map(([name, option]) => [
    `--${name}${option.type === "string" ? ` <${option.valueName ?? "value"}>` : ""}`,
    `${option.description}${option.isRequired === true ? " (required)" : ""}`,
  ]);
  const width = Math.max(...entries.map(([flag]) => flag!.length));
  return entries.map(([flag, description]) => `  ${flag!.padEnd(width)}  ${description}`);
}

/** The full help of one command: usage, what it does, its options, then the connection and signing options. */
export function commandHelp(command: CliCommand): string {
  const sections = [`Usage: ${usageLine(command)}`, command.summary];
  if (command.help !== undefined) sections.push(command.help.trim());
  if (Object.keys(command.options).length > 0) sections.push(["Options:", ...optionLines(command.options)].join("\n"));
  sections.push(["Connection:", ...optionLines(CONNECTION_OPTIONS)].join("\n"));
  if (command.isSigning) sections.push(["Signing (one of):", ...optionLines(SIGNING_OPTIONS)].join("\n"));
  return sections.join("\n\n");
}

/** The list of commands (all of them, or those of one group such as `orders`). */
export function commandList(commands: readonly CliCommand[], group?: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  const title =
    group === undefined
      ? "Grandrue from the command line, for merchants, carriers and developers."
      : `The ${group} commands.`;
  return [
    title,
    `Usage: ${PROGRAM} ${group === undefined ? "<command>" : `${group} <command>`} [arguments] [options]`,
    ["Commands:", ...lines].join("\n"),
    `Every command has --help. Connection options (--rpc, --ipfs, --gateway, --deployment) default to the local dev stack.`,
  ].join("\n\n");
}
