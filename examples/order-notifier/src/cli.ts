#!/usr/bin/env node
/**
 * Prints every order paid to a shop since the last run, one line each, then remembers where it stopped.
 *
 *   grandrue-order-notifier --rpc https://rpc.example --deployment deployments/100.json --shop 3 [--state notifier.json]
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { deploymentBlock, parseDeployment } from "@grandrue/sdk";
import { type Chain, createPublicClient, http } from "viem";
import * as chains from "viem/chains";
import { readCursor, writeCursor } from "./cursor.ts";
import { formatNotice } from "./notice.ts";
import { readPaidOrders } from "./paidOrders.ts";
import { createAmountFormatter } from "./tokens.ts";

const USAGE = "usage: grandrue-order-notifier --rpc <url> --deployment <file.json> --shop <id> [--state <file.json>]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rpc: { type: "string" },
      deployment: { type: "string" },
      shop: { type: "string" },
      state: { type: "string" },
    },
  });
  if (values.rpc === undefined || values.deployment === undefined || values.shop === undefined) throw new Error(USAGE);
  if (!/^\d+$/.test(values.shop)) throw new Error(`--shop must be a shop id (a whole number), not "${values.shop}"`);
  const shopId = BigInt(values.shop);
  const deployment = parseDeployment(JSON.parse(await readFile(values.deployment, "utf8")));
  // The chain as viem knows it names its own coin (ETH, xDAI on Gnosis Chain) in the amounts printed.
  const chainId = await createPublicClient({ transport: http(values.rpc) }).getChainId();
  const chain: Chain | undefined = Object.values(chains).find((candidate) => candidate.id === chainId);
  const client = createPublicClient({ chain, transport: http(values.rpc) });
  if (chainId !== deployment.chainId)
    throw new Error(`${values.rpc} is chain ${chainId}, the deployment is for chain ${deployment.chainId}`);

  const statePath = values.state ?? `order-notifier-${chainId}-${shopId}.json`;
  const fromBlock = (await readCursor(statePath, chainId, shopId)) ?? deploymentBlock(deployment, "Escrow");
  const toBlock = await client.getBlockNumber();
  const orders = fromBlock > toBlock ? [] : await readPaidOrders(client, deployment, { shopId, fromBlock, toBlock });
  const formatAmount = createAmountFormatter(client);
  for (const order of orders)
    console.log(formatNotice(order, await formatAmount(order.terms.token, order.terms.amount)));
  if (orders.length === 0) console.log(`No new order for shop ${shopId} (blocks ${fromBlock} to ${toBlock}).`);
  await writeCursor(statePath, chainId, shopId, toBlock + 1n);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
