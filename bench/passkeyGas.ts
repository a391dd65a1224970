/**
 * Gas of a passkey shopper's checkout and release through a relayer (issue 16), measured like bench/gas.ts: receipts'
 * gasUsed (21,000 base included), in steady state (the shop's payout and the relayer already hold the token, the
 * escrow holds other orders). Each action is one relayed transaction running a passkey-signed batch:
 * - checkout: approve(escrow, price) + checkout + the relayer's fee (transfer); release: release + the relayer's fee;
 * - `passkey.firstCheckoutRelease`: the checkout batch also creates the account (factory.createAccountAndExecute);
 * - `passkey.checkoutRelease`: the account exists and has paid before (its nonce slot is warm).
 * With the P-256 precompile (EIP-7951 at 0x100, Osaka: the in-process chain's default) and without it (a Prague
 * chain: OpenZeppelin's P256 verifies in Solidity), suffixed `.withoutPrecompile`.
 * `measurePasskeyGas(context)` is what `npm run bench:gas` merges; run alone (`node bench/passkeyGas.ts`) it prints a
 * table and writes bench/results/passkeyGas.json.
 */
import { fileURLToPath } from "node:url";
import type { Deployment, MarketWalletClient } from "@grandrue/sdk";
import {
  type BatchCall,
  batchNonce,
  buildOrderRequest,
  encodeCreateAccountAndExecute,
  encodeExecute,
  encodePasskeySignature,
  type PaidOrder,
  paidOrdersFromLogs,
  passkeyAccountAddress,
  registerShop,
  signedBatchChallenge,
} from "@grandrue/sdk";
import { escrowAbi, localCurrencyAbi } from "@grandrue/sdk/abis";
import { network } from "hardhat";
import {
  type Address,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  hexToBytes,
  keccak256,
  type PublicClient,
  parseEther,
  sha256,
  toHex,
} from "viem";
import { deployOrReuse } from "../scripts/lib/deploy-contract.ts";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { createSoftwarePasskey } from "../scripts/lib/passkeys/softwarePasskey.ts";
import { printTable, writeResults } from "./lib/results.ts";

/** A chain with the protocol deployed (with its local currency) and three funded accounts. */
export type PasskeyGasContext = {
  publicClient: PublicClient;
  deployment: Deployment;
  wallets: {
    /** Deploys the passkey account factory and mints the local currency. */
    deployer: MarketWalletClient;
    merchant: MarketWalletClient;
    /** Submits the signed batches and is paid a fee in the local currency. */
    relayer: MarketWalletClient;
  };
};

export type PasskeyGasResults = { "passkey.firstCheckoutRelease": number; "passkey.checkoutRelease": number };

const CID = "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CODE_HASH = keccak256(toHex("bench passkey delivery code hash"));
const PRICE = parseEther("12");
const RELAYER_FEE = parseEther("0.05");
const RP_ID = "grandrue.example";
const ORIGIN = "https://grandrue.example";
const DEADLINE = 4_000_000_000n;

/**
 * Measures both scenarios on the context's chain.
 * @example const results = await measurePasskeyGas({ publicClient, deployment, wallets })
 */
export async function measurePasskeyGas(context: PasskeyGasContext): Promise<PasskeyGasResults> {
  const { publicClient, deployment, wallets } = context;
  const { deployer, merchant, relayer } = wallets;
  const leman = deployment.contracts.LocalCurrency?.address;
  if (leman === undefined) throw new Error("the passkey benchmark pays in the local currency: deploy it");
  const escrow = deployment.contracts.Escrow.address;
  const chainId = await publicClient.getChainId();
  const { contract: factory } = await deployOrReuse(
    { publicClient, walletClient: deployer },
    "PasskeyAccountFactory",
    [],
    undefined,
  );
  const { shopId } = await registerShop(merchant, deployment, {
    terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
    metadataCid: CID,
    acceptance: {
      payments: [{ token: leman, rate: 10n ** 18n }],
      carriers: [],
      isAnyCarrierAccepted: true,
      arbitrators: [],
      isAnyArbitratorAccepted: false,
    },
  });

  async function send(to: Address, data: Hex): Promise<Awaited<ReturnType<PublicClient["waitForTransactionReceipt"]>>> {
    const receipt = await publicClient.waitForTransactionReceipt({ hash: await relayer.sendTransaction({ to, data }) });
    if (receipt.status !== "success") throw new Error(`the relayed batch to ${to} reverted`);
    return receipt;
  }

  let shopperCount = 0;
  /** A shopper with a new passkey and 100 local euros at her counterfactual address. */
  async function newShopper() {
    shopperCount += 1;
    // Fixed keys and deadline: the same signature bytes, so the same calldata and P-256 work, on every run.
    const secretKey = hexToBytes(sha256(toHex(`bench passkey ${shopperCount}`)));
    const device = createSoftwarePasskey({ rpId: RP_ID, origin: ORIGIN, secretKey });
    const account = passkeyAccountAddress({ factory: factory.address, passkey: device.passkey });
    const hash = await deployer.writeContract({
      address: leman!,
      abi: localCurrencyAbi,
      functionName: "mint",
      args: [account, parseEther("100")],
    });
    await publicClient.waitForTransactionReceipt({ hash });
    return { device, account, sequence: 0n, isDeployed: false };
  }
  type Shopper = Awaited<ReturnType<typeof newShopper>>;

  /** Signs `calls` plus the relayer's fee with the shopper's passkey and relays them; returns the receipt. */
  async function relay(shopper: Shopper, calls: BatchCall[]) {
    const fee: BatchCall = {
      to: leman!,
      data: encodeFunctionData({
        abi: erc20Abi,
        functionName: "transfer",
        args: [relayer.account.address, RELAYER_FEE],
      }),
    };
    const batch = { calls: [...calls, fee], nonce: batchNonce(0n, shopper.sequence), deadline: DEADLINE };
    const challenge = signedBatchChallenge({ account: shopper.account, chainId, ...batch });
    const signature = encodePasskeySignature(shopper.device.passkey, shopper.device.assert(challenge));
    const receipt = shopper.isDeployed
      ? await send(shopper.account, encodeExecute({ ...batch, signature }))
      : await send(
          factory.address,
          encodeCreateAccountAndExecute({ passkey: shopper.device.passkey, ...batch, signature }),
        );
    shopper.sequence += 1n;
    shopper.isDeployed = true;
    return receipt;
  }

  let itemsNonce = 0;
  async function checkoutAndRelease(shopper: Shopper): Promise<{ gas: bigint; order: PaidOrder }> {
    itemsNonce += 1;
    const request = await buildOrderRequest(publicClient, deployment, {
      shopId,
      token: leman,
      amount: PRICE,
      itemsDigest: keccak256(toHex(`bench passkey order ${itemsNonce}`)),
      codeHash: CODE_HASH,
    });
    const checkout = await relay(shopper, [
      { to: leman!, data: encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [escrow, PRICE] }) },
      { to: escrow, data: encodeFunctionData({ abi: escrowAbi, functionName: "checkout", args: [[request]] }) },
    ]);
    const [order] = paidOrdersFromLogs(checkout.logs);
    if (order === undefined) throw new Error("the passkey checkout paid no order");
    const release = await relay(shopper, [
      {
        to: escrow,
        data: encodeFunctionData({ abi: escrowAbi, functionName: "release", args: [order.terms] }),
      },
    ]);
    return { gas: checkout.gasUsed + release.gasUsed, order };
  }

  // Steady state: an open order in escrow, the shop's payout and the relayer paid before.
  const regular = await newShopper();
  await checkoutAndRelease(regular);
  await relay(regular, [
    { to: leman, data: encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [escrow, PRICE] }) },
    {
      to: escrow,
      data: encodeFunctionData({
        abi: escrowAbi,
        functionName: "checkout",
        args: [
          [
            await buildOrderRequest(publicClient, deployment, {
              shopId,
              token: leman,
              amount: PRICE,
              itemsDigest: keccak256(toHex("bench passkey open order")),
              codeHash: CODE_HASH,
            }),
          ],
        ],
      }),
    },
  ]);

  const first = await checkoutAndRelease(await newShopper());
  const again = await checkoutAndRelease(regular);
  return { "passkey.firstCheckoutRelease": Number(first.gas), "passkey.checkoutRelease": Number(again.gas) };
}

/** A fresh in-process chain at `hardfork` (the default has the P-256 precompile) with the protocol deployed. */
export async function createPasskeyGasContext(hardfork?: string): Promise<PasskeyGasContext> {
  const { viem } = await network.create(hardfork === undefined ? undefined : { override: { hardfork } });
  const publicClient = (await viem.getPublicClient()) as unknown as PublicClient;
  const [deployer, merchant, relayer, mediator] = (await viem.getWalletClients()) as unknown as MarketWalletClient[];
  if (!deployer || !merchant || !relayer || !mediator) throw new Error("the in-process chain needs 4 accounts");
  const deployment = await deployProtocol({
    publicClient,
    walletClient: deployer,
    mediator: mediator.account.address,
    withLocalCurrency: true,
  });
  return { publicClient, deployment, wallets: { deployer, merchant, relayer } };
}

/** The same scenarios on a chain without the P-256 precompile (Prague), named `<scenario>.withoutPrecompile`. */
export async function measurePasskeyGasWithoutPrecompile(): Promise<Record<string, number>> {
  const results = await measurePasskeyGas(await createPasskeyGasContext("prague"));
  return Object.fromEntries(Object.entries(results).map(([name, gas]) => [`${name}.withoutPrecompile`, gas]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = {
    ...(await measurePasskeyGas(await createPasskeyGasContext())),
    ...(await measurePasskeyGasWithoutPrecompile()),
  };
  printTable(
    ["scenario", "gas"],
    Object.entries(results).map(([name, gas]) => [name, gas.toLocaleString("en")]),
  );
  console.log(`\nwrote ${await writeResults("passkeyGas", results)}`);
}
