import {
  type BatchCall,
  encodeCreateAccountAndExecute,
  encodeExecute,
  encodePasskeySignature,
  getPasskeyAccountState,
  passkeyAccountAddress,
  passkeyAccountImplementation,
  passkeyId,
  signedBatchChallenge,
  typedDataChallenge,
  wrapTypedDataForAccount,
} from "@grandrue/sdk";
import { passkeyAccountAbi, passkeyAccountFactoryAbi } from "@grandrue/sdk/abis";
import { network } from "hardhat";
import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  hashTypedData,
  keccak256,
  type PublicClient,
  parseEther,
  stringToBytes,
  type TypedDataDefinition,
  zeroHash,
} from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { deployOrReuse } from "../../../scripts/lib/deploy-contract.ts";
import { createSoftwarePasskey } from "../../../scripts/lib/passkeys/softwarePasskey.ts";

const RP_ID = "grandrue.example";
const ORIGIN = "https://grandrue.example";
/** A valid P-256 signature (Wycheproof), the input OpenZeppelin's P256 probes the precompile with. */
const PRECOMPILE_PROBE: Hex =
  "0xbb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca60502300000000000000000000000000000000000000000000000000000000000000050000000000000000000000000000000000000000000000000000000000000001a71af64de5126a4a4e02b7922d66ce9415ce88a4c9d25514d91082c8725ac9575d47723c8fbe580bb369fec9c2665d8e30a435b9932645482e7c9f11e872296b";

/** A Grandrue v2-like intent in another contract's domain, signed through ERC-1271. */
function releaseIntent(verifyingContract: Address, chainId: number): TypedDataDefinition {
  return {
    domain: { name: "Grandrue Escrow", version: "2", chainId, verifyingContract },
    types: {
      Release: [
        { name: "orderId", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Release",
    message: { orderId: 7n, nonce: 0n, deadline: 2_000_000_000n },
  };
}

// Osaka has the P-256 precompile (EIP-7951, at 0x100); Prague does not, so OpenZeppelin verifies in Solidity.
describe.each([
  { hardfork: "osaka", hasPrecompile: true },
  { hardfork: "prague", hasPrecompile: false },
])("a passkey account on $hardfork", ({ hardfork, hasPrecompile }) => {
  let publicClient: PublicClient;
  let relayer: NonNullable<
    Awaited<ReturnType<Awaited<ReturnType<typeof network.create>>["viem"]["getWalletClients"]>>[number]
  >;
  let chainId: number;
  let factory: Address;
  const alice = createSoftwarePasskey({ rpId: RP_ID, origin: ORIGIN });
  const laptop = createSoftwarePasskey({ rpId: RP_ID, origin: ORIGIN });
  let account: Address;

  async function relay(to: Address, data: Hex) {
    const hash = await relayer.sendTransaction({ to, data });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    expect(receipt.status).toBe("success");
    return receipt;
  }

  async function signed(calls: BatchCall[], nonce: bigint) {
    const deadline = BigInt(Math.floor(Date.now() / 1000) + 600);
    const challenge = signedBatchChallenge({ account, chainId, calls, nonce, deadline });
    const signature = encodePasskeySignature(alice.passkey, alice.assert(challenge));
    return { calls, nonce, deadline, signature, challenge };
  }

  beforeAll(async () => {
    const { viem } = await network.create({ override: { hardfork } });
    publicClient = (await viem.getPublicClient()) as unknown as PublicClient;
    const [firstAccount] = await viem.getWalletClients();
    if (firstAccount === undefined) throw new Error("the in-process chain has no account");
    relayer = firstAccount;
    chainId = await publicClient.getChainId();
    const { contract } = await deployOrReuse(
      { publicClient, walletClient: relayer as never },
      "PasskeyAccountFactory",
      [],
      undefined,
    );
    factory = contract.address;
    account = passkeyAccountAddress({ factory, passkey: alice.passkey });
  });

  test(`the chain ${hasPrecompile ? "has" : "lacks"} the P-256 precompile`, async () => {
    const { data } = await publicClient.call({
      to: "0x0000000000000000000000000000000000000100",
      data: PRECOMPILE_PROBE,
    });
    expect(data === `0x${"00".repeat(31)}01`).toBe(hasPrecompile);
  });

  test("passkeyAccountAddress: is the factory's own answer, before the account exists", async () => {
    const [onChain, implementation] = await Promise.all([
      publicClient.readContract({
        address: factory,
        abi: passkeyAccountFactoryAbi,
        functionName: "accountAddress",
        args: [alice.passkey, zeroHash],
      }),
      publicClient.readContract({ address: factory, abi: passkeyAccountFactoryAbi, functionName: "implementation" }),
    ]);
    expect(account).toBe(getAddress(onChain));
    expect(passkeyAccountImplementation(factory)).toBe(getAddress(implementation));
    const salt = keccak256(stringToBytes("second account"));
    const second = await publicClient.readContract({
      address: factory,
      abi: passkeyAccountFactoryAbi,
      functionName: "accountAddress",
      args: [alice.passkey, salt],
    });
    expect(passkeyAccountAddress({ factory, passkey: alice.passkey, salt })).toBe(getAddress(second));
    expect(await publicClient.getCode({ address: account })).toBeUndefined();
    expect(await getPasskeyAccountState(publicClient, { factory, passkey: alice.passkey })).toEqual({
      address: account,
      isDeployed: false,
      nonce: 0n,
    });
  });

  test("encodeCreateAccountAndExecute: the first relayed batch creates the account and pays from it", async () => {
    const recipient = getAddress("0x00000000000000000000000000000000000C0FFE");
    const funding = await relayer.sendTransaction({ to: account, value: parseEther("1") });
    await publicClient.waitForTransactionReceipt({ hash: funding });

    const batch = await signed([{ to: recipient, value: 1_000n }], 0n);
    await relay(factory, encodeCreateAccountAndExecute({ passkey: alice.passkey, ...batch }));

    expect(await publicClient.getBalance({ address: recipient })).toBe(1_000n);
    const isHeld = await publicClient.readContract({
      address: account,
      abi: passkeyAccountAbi,
      functionName: "isPasskey",
      args: [passkeyId(alice.passkey)],
    });
    expect(isHeld).toBe(true);
  });

  test("signedBatchChallenge: is the digest the account checks; encodeExecute adds a second device", async () => {
    const addLaptop = encodeFunctionData({
      abi: passkeyAccountAbi,
      functionName: "addPasskey",
      args: [laptop.passkey],
    });
    const batch = await signed([{ to: account, data: addLaptop }], 1n);
    const digest = await publicClient.readContract({
      address: account,
      abi: passkeyAccountAbi,
      functionName: "executionDigest",
      args: [[{ target: account, value: 0n, callData: addLaptop }], batch.nonce, batch.deadline],
    });
    expect(batch.challenge).toBe(digest);

    await relay(account, encodeExecute(batch));
    const count = await publicClient.readContract({
      address: account,
      abi: passkeyAccountAbi,
      functionName: "passkeyCount",
    });
    expect(count).toBe(2n);
  });

  test("getPasskeyAccountState: the account exists, its next nonce, and a second device's passkey names it", async () => {
    expect(await getPasskeyAccountState(publicClient, { factory, passkey: alice.passkey })).toEqual({
      address: account,
      isDeployed: true,
      nonce: 2n,
    });
    const fromLaptop = await getPasskeyAccountState(publicClient, { factory, passkey: laptop.passkey, account });
    expect(fromLaptop).toEqual({ address: account, isDeployed: true, nonce: 2n });
    const otherKey = await getPasskeyAccountState(publicClient, { factory, passkey: alice.passkey, nonceKey: 5n });
    expect(otherKey.nonce).toBe(5n << 64n);
  });

  test("typedDataChallenge + wrapTypedDataForAccount: an ERC-1271 signature for another contract's intent", async () => {
    const intent = releaseIntent(getAddress("0x00000000000000000000000000000000000E5C20"), chainId);
    const challenge = typedDataChallenge({ account, chainId, typedData: intent });
    const signature = wrapTypedDataForAccount({
      typedData: intent,
      signature: encodePasskeySignature(alice.passkey, alice.assert(challenge)),
    });
    const hash = hashTypedData(intent);
    const isValid = (address: Address) =>
      publicClient.readContract({
        address,
        abi: passkeyAccountAbi,
        functionName: "isValidSignature",
        args: [hash, signature],
      });
    expect(await isValid(account)).toBe("0x1626ba7e");

    const secondAccount = passkeyAccountAddress({
      factory,
      passkey: alice.passkey,
      salt: keccak256(stringToBytes("2")),
    });
    await relay(
      factory,
      encodeFunctionData({
        abi: passkeyAccountFactoryAbi,
        functionName: "createAccount",
        args: [alice.passkey, keccak256(stringToBytes("2"))],
      }),
    );
    expect(await isValid(secondAccount)).toBe("0xffffffff");
  });
});
