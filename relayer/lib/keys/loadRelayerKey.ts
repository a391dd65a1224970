import { readFile } from "node:fs/promises";
import { Wallet } from "ethers";
import { configVariable } from "hardhat/config";
import type { Hex, LocalAccount } from "viem";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

/** Where the relayer's key comes from. Never a file of the repository. */
export type RelayerKeySource =
  /** An encrypted JSON keystore (Web3 Secret Storage, as geth, Foundry's `cast wallet` and ethers write it). */
  | { kind: "keystoreFile"; path: string; password: string }
  /** A configuration variable of Hardhat's keystore (`npx hardhat keystore set GRANDRUE_RELAYER_PRIVATE_KEY`). */
  | { kind: "hardhatKeystore"; variable: string }
  /** The development account: only on the local chain (31337). */
  | { kind: "dev" };

/** The mnemonic every Hardhat and anvil node funds its default accounts from: public, so for local chains only. */
const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";

/**
 * The dev relayer's account: index 21 of Hardhat's public mnemonic, the first one the demo town does not use
 * (accounts 0 to 19, and 20, Zoé, whose native coin the seed sets to zero), so its nonces and its coin are the
 * relayer's alone. Dev only: anyone knows its key.
 */
export const DEV_RELAYER_ACCOUNT_INDEX = 21;

export function devRelayerAccount(): LocalAccount {
  return mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: DEV_RELAYER_ACCOUNT_INDEX });
}

/** A key source was given but gives no usable key. */
export class RelayerKeyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RelayerKeyError";
  }
}

async function fromKeystoreFile(path: string, password: string): Promise<LocalAccount> {
  let json: string;
  try {
    json = await readFile(path, "utf8");
  } catch (error) {
    throw new RelayerKeyError(`Cannot read the keystore file ${path}`, { cause: error });
  }
  try {
    const wallet = await Wallet.fromEncryptedJson(json, password);
    return privateKeyToAccount(wallet.privateKey as Hex);
  } catch (error) {
    throw new RelayerKeyError(`Cannot decrypt ${path}: wrong password or not a keystore file`, { cause: error });
  }
}

async function fromHardhatKeystore(variable: string): Promise<LocalAccount> {
  // Loading Hardhat reads hardhat.config.ts and its keystore plugin, which asks for the keystore's password.
  const { default: hre } = await import("hardhat");
  const value = await hre.hooks.runHandlerChain(
    "configurationVariables",
    "fetchValue",
    [configVariable(variable)],
    // The last handler: the keystore plugin passes a variable set in the environment on to it, and one it lacks.
    async (_context, missing) => {
      const fromEnvironment = process.env[missing.name];
      if (fromEnvironment !== undefined) return fromEnvironment;
      throw new RelayerKeyError(`No ${missing.name} in Hardhat's keystore: npx hardhat keystore set ${missing.name}`);
    },
  );
  const key = (value.startsWith("0x") ? value : `0x${value}`) as Hex;
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) throw new RelayerKeyError(`${variable} is not a 32-byte private key`);
  return privateKeyToAccount(key);
}

/** The relayer's account from its key source; the dev account only on chain 31337. */
export async function loadRelayerKey(source: RelayerKeySource, chainId: number): Promise<LocalAccount> {
  switch (source.kind) {
    case "keystoreFile":
      return fromKeystoreFile(source.path, source.password);
    case "hardhatKeystore":
      return fromHardhatKeystore(source.variable);
    case "dev":
      if (chainId !== 31337)
        throw new RelayerKeyError(`The dev account's key is public: refused on chain ${chainId} (only 31337)`);
      return devRelayerAccount();
  }
}
