/**
 * A passkey shopper (no wallet, no native coin, EURC at her counterfactual address) acts through the relayer: her
 * first batch creates the account and checks out, paying the relayer with a transfer inside the batch; the next one
 * runs on the existing account; a replay and a batch without fee are refused.
 */
import {
  type BatchCall,
  batchNonce,
  buildOrderRequest,
  createRelayerClient,
  encodePasskeySignature,
  type PasskeyBatchIntent,
  paidOrdersFromLogs,
  passkeyAccountAddress,
  RelayerError,
  signedBatchChallenge,
} from "@grandrue/sdk";
import { escrowAbi } from "@grandrue/sdk/abis";
import { type Address, encodeFunctionData, erc20Abi, parseUnits } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployOrReuse } from "../../scripts/lib/deploy-contract.ts";
import { createSoftwarePasskey } from "../../scripts/lib/passkeys/softwarePasskey.ts";
import { randomDeliveryProof, uniqueDigest } from "../sdk/helpers/market.ts";
import { createRelayerMarket, type RelayerMarket } from "./helpers/relayerMarket.ts";

const RP = { rpId: "grandrue.example", origin: "https://grandrue.example" };

describe("relayer: passkey batches", () => {
  let market: RelayerMarket;
  let api: ReturnType<typeof createRelayerClient>;
  let relayerAddress: Address;
  let factory: Address;

  beforeAll(async () => {
    market = await createRelayerMarket();
    const deployed = await deployOrReuse(
      { publicClient: market.client, walletClient: market.accounts.deployer },
      "PasskeyAccountFactory",
      [],
      undefined,
    );
    factory = deployed.contract.address;
    const relayer = await market.relayer({ settings: market.settings({ passkeyFactory: factory }) });
    relayerAddress = relayer.address;
    api = createRelayerClient({ url: relayer.url });
  });
  afterAll(() => market?.close());

  it("creates the account and checks out in its first batch, then releases, each paying its fee in EURC", async () => {
    const device = createSoftwarePasskey(RP);
    const account = passkeyAccountAddress({ factory, passkey: device.passkey });
    await market.eurc.mint(account, parseUnits("100", 6));
    const escrow = market.deployment.contracts.Escrow.address;
    const token = market.eurc.token;
    const { fee } = await api.quote({ kind: "passkeyBatch", token });
    const feeCall: BatchCall = {
      to: token,
      data: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [relayerAddress, fee] }),
    };
    async function intent(calls: BatchCall[], sequence: bigint, create: boolean): Promise<PasskeyBatchIntent> {
      const batch = { calls, nonce: batchNonce(0n, sequence), deadline: await market.deadline() };
      const challenge = signedBatchChallenge({ account, chainId: market.deployment.chainId, ...batch });
      const signature = encodePasskeySignature(device.passkey, device.assert(challenge));
      return {
        kind: "passkeyBatch",
        account,
        ...batch,
        signature,
        ...(create && { create: { factory, passkey: device.passkey } }),
      };
    }
    const amount = parseUnits("12.5", 6);
    const request = await buildOrderRequest(market.client, market.deployment, {
      shopId: market.shopId,
      token,
      amount,
      itemsDigest: uniqueDigest(),
      codeHash: randomDeliveryProof().codeHash,
    });
    const first = await intent(
      [
        { to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [escrow, amount] }) },
        { to: escrow, data: encodeFunctionData({ abi: escrowAbi, functionName: "checkout", args: [[request]] }) },
        feeCall,
      ],
      0n,
      true,
    );
    const before = await market.balanceOf(relayerAddress);
    const checkedOut = await api.waitForIntent((await api.submitIntent(first)).id, { pollIntervalMs: 20 });
    const receipt = await market.client.getTransactionReceipt({ hash: checkedOut.transactionHash! });
    const [order] = paidOrdersFromLogs(receipt.logs);
    expect(order?.terms.buyer).toBe(account);
    expect((await market.balanceOf(relayerAddress)) - before).toBe(fee);

    const replay = await api.submitIntent(first).catch((error: unknown) => error as RelayerError);
    expect(replay).toBeInstanceOf(RelayerError);
    expect((replay as RelayerError).code).toBe("NonceUsed");
    expect((replay as RelayerError).details).toMatchObject({ name: "InvalidAccountNonce" });

    const release = {
      to: escrow,
      data: encodeFunctionData({ abi: escrowAbi, functionName: "release", args: [order!.terms] }),
    };
    const unpaid = await api
      .submitIntent(await intent([release], 1n, false))
      .catch((error: unknown) => error as RelayerError);
    expect((unpaid as RelayerError).code).toBe("NotSponsored");
    // A batch sent to a contract that is not one of the factory's accounts, or naming another factory, is refused.
    const stranger = market.deployment.contracts.Escrow.address;
    const elsewhere = await api
      .submitIntent({ ...(await intent([release, feeCall], 1n, false)), account: stranger })
      .catch((error: unknown) => error as RelayerError);
    expect((elsewhere as RelayerError).code).toBe("BadRequest");
    const otherFactory = await api
      .submitIntent({ ...first, create: { ...first.create!, factory: stranger } })
      .catch((error: unknown) => error as RelayerError);
    expect((otherFactory as RelayerError).message).toContain("factory");
    const released = await api.waitForIntent((await api.submitIntent(await intent([release, feeCall], 1n, false))).id, {
      pollIntervalMs: 20,
    });
    expect(released.status).toBe("confirmed");
    expect((await market.balanceOf(relayerAddress)) - before).toBe(2n * fee);
    console.log(
      `relayed passkey batches: first checkout ${checkedOut.receipt?.gasUsed} gas, release ${released.receipt?.gasUsed}`,
    );
  });
});
