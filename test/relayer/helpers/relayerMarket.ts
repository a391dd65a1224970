import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  allowancePull,
  buildOrderRequest,
  type CheckoutIntent,
  type MarketWalletClient,
  signAuthorizationPull,
  signCheckout,
  signPermitPull,
} from "@grandrue/sdk";
import { type Address, createWalletClient, custom, erc20Abi, type PublicClient, parseEther, parseUnits } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { defaultSettings, type RelayerSettings } from "../../../relayer/lib/settings.ts";
import { type RunningRelayer, startRelayer } from "../../../relayer/startRelayer.ts";
import { createMarket, randomDeliveryProof, uniqueDigest } from "../../sdk/helpers/market.ts";
import { deployEurc } from "./fiatToken.ts";

/** 3,000 EURC (6 decimals) per native coin: the price the test relayer charges gas at. */
export const EURC_PER_NATIVE = 3_000_000_000n;
export const MINIMUM_FEE = 10_000n;

/**
 * The protocol on an in-process chain, Circle's FiatToken as EURC, a shop that takes it, and relayers on it: each
 * with its own key (funded with native coin) and SQLite file. Buyers hold EURC and no native coin at all.
 */
export async function createRelayerMarket() {
  const market = await createMarket();
  const { publicClient, deployment, accounts, connection, networkHelpers } = market;
  const client = publicClient as unknown as PublicClient;
  const eurc = await deployEurc(client, accounts.deployer, accounts.stranger.account.address);
  const base = market.shopRegistration();
  const shopId = await market.openShop(accounts.secondMerchant, {
    acceptance: { ...base.acceptance, payments: [{ token: eurc.token, rate: 10n ** 6n }] },
  });
  const directory = mkdtempSync(join(tmpdir(), "grandrue-relayer-test-"));
  const relayers: RunningRelayer[] = [];

  function settings(overrides: Partial<RelayerSettings> = {}): RelayerSettings {
    return {
      ...defaultSettings({
        tokens: [
          { address: eurc.token, symbol: "EURC", decimals: 6, minimumFee: MINIMUM_FEE, nativePrice: EURC_PER_NATIVE },
        ],
      }),
      rateLimits: { perIpPerMinute: 10_000, perSignerPerMinute: 100 },
      ...overrides,
    };
  }

  /** A relayer with a fresh funded key; `databasePath` to resume another one's queue. */
  async function relayer(
    options: { settings?: RelayerSettings; databasePath?: string; privateKey?: `0x${string}` } = {},
  ): Promise<RunningRelayer & { databasePath: string; privateKey: `0x${string}` }> {
    const privateKey = options.privateKey ?? generatePrivateKey();
    const account = privateKeyToAccount(privateKey);
    await networkHelpers.setBalance(account.address, parseEther("100"));
    const databasePath = options.databasePath ?? join(directory, `${account.address}.sqlite`);
    const running = await startRelayer({
      client,
      account,
      deployment,
      settings: options.settings ?? settings(),
      databasePath,
      pollIntervalMs: 20,
    });
    relayers.push(running);
    return { ...running, databasePath, privateKey };
  }

  /** A buyer with `eurcAmount` EURC and no native coin. */
  async function buyer(eurcAmount = parseUnits("1000", 6)): Promise<MarketWalletClient> {
    const account = privateKeyToAccount(generatePrivateKey());
    await eurc.mint(account.address, eurcAmount);
    return createWalletClient({ account, chain: client.chain!, transport: custom(connection.provider) });
  }

  async function balanceOf(owner: Address): Promise<bigint> {
    return client.readContract({ address: eurc.token, abi: erc20Abi, functionName: "balanceOf", args: [owner] });
  }

  async function deadline(seconds = 600): Promise<bigint> {
    return BigInt(await market.now()) + BigInt(seconds);
  }

  /** One order at the EURC shop, signed by `wallet` for the relayer to submit with `fee`, pulled by `method`. */
  async function signedCheckout(
    wallet: MarketWalletClient,
    {
      amount = parseUnits("12.5", 6),
      fee,
      nonce = 0n,
      method = "Permit",
      signedDeadline,
      carrier,
      deliveryFee = 0n,
    }: {
      carrier?: Address;
      deliveryFee?: bigint;
      amount?: bigint;
      fee: bigint;
      nonce?: bigint;
      method?: "Permit" | "Authorization" | "Allowance";
      signedDeadline?: bigint;
    },
  ): Promise<CheckoutIntent> {
    const request = await buildOrderRequest(client, deployment, {
      shopId,
      token: eurc.token,
      amount,
      carrier,
      deliveryFee,
      itemsDigest: uniqueDigest(),
      codeHash: randomDeliveryProof().codeHash,
    });
    const intentDeadline = signedDeadline ?? (await deadline());
    const signed = await signCheckout(wallet, deployment, {
      requests: [request],
      maxFee: fee,
      nonce,
      deadline: intentDeadline,
    });
    const value = amount + deliveryFee + fee;
    const tokenPull =
      method === "Permit"
        ? await signPermitPull(wallet, deployment, { token: eurc.token, value, deadline: intentDeadline })
        : method === "Authorization"
          ? await signAuthorizationPull(wallet, deployment, { token: eurc.token, value, validBefore: intentDeadline })
          : allowancePull;
    return { kind: "checkout", ...signed, fee, tokenPull };
  }

  async function close(): Promise<void> {
    for (const running of relayers.splice(0)) await running.close().catch(() => {});
    rmSync(directory, { recursive: true, force: true });
  }

  return {
    ...market,
    client,
    eurc,
    shopId,
    directory,
    settings,
    relayer,
    buyer,
    balanceOf,
    deadline,
    signedCheckout,
    close,
  };
}

export type RelayerMarket = Awaited<ReturnType<typeof createRelayerMarket>>;
