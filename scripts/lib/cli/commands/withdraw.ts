import { marketContracts, readMarketContract, withdrawCredit } from "@grandrue/sdk";
import { getAddress, isAddress } from "viem";
import { stringOption } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import { CliError, UsageError } from "../errors.ts";
import { parseTokenArgument, resolveTokenArgument, tokenBook } from "../tokens.ts";

export const withdraw: CliCommand = {
  name: "withdraw",
  summary: "Withdraw a payment the escrow could not send to the signing account and credited instead",
  arguments: [],
  options: {
    token: {
      type: "string",
      valueName: "address",
      description: 'the credited token: an ERC-20 address, "EURC" (the deployment\'s), or "native" (default)',
    },
    to: { type: "string", valueName: "address", description: "where to send it (default: the signing account)" },
  },
  isSigning: true,
  help: "A payment is credited instead of sent when the receiver cannot take it (a contract that reverts, a blocklisted holder).",
  async run({ options, connection, wallet, print }) {
    const tokenArgument = parseTokenArgument(stringOption(options, "token") ?? "native", "--token");
    const to = stringOption(options, "to");
    if (to !== undefined && !isAddress(to)) throw new UsageError(`--to takes an address, not "${to}"`, "withdraw");
    const connected = await connection();
    const token = resolveTokenArgument(tokenArgument, connected.deployment);
    const signer = await wallet();
    const account = signer.account.address;
    const credit = await readMarketContract(connected.publicClient, {
      ...marketContracts(connected.deployment).escrow,
      functionName: "creditOf",
      args: [account, token],
    });
    const tokens = tokenBook(connected.publicClient);
    const { symbol } = await tokens.format(token, 0n);
    if (credit === 0n) throw new CliError(`Nothing to withdraw: the escrow holds no ${symbol} for ${account}`);
    const recipient = to === undefined ? account : getAddress(to);
    const { hash } = await withdrawCredit(signer, connected.deployment, { token, to: recipient });
    print(`Withdrew ${await tokens.describe(token, credit)} to ${recipient}, transaction ${hash}`);
  },
};
