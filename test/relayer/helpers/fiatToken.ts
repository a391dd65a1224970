import type { MarketWalletClient } from "@grandrue/sdk";
import { type Address, type PublicClient, parseUnits } from "viem";
import { deployFiatToken, fiatTokenAdminAbi, readFiatTokenAbi } from "../../../scripts/lib/tokens/fiatToken.ts";

/**
 * "Euro Coin" (EURC, 6 decimals) as the demo town deploys it (Circle's FiatToken V2_2); `deployer` owns it and may
 * mint a billion. Returns the token, its whole ABI and `mint`.
 */
export async function deployEurc(publicClient: PublicClient, deployer: MarketWalletClient, proxyAdmin: Address) {
  const { address: token } = await deployFiatToken(
    { publicClient, walletClient: deployer },
    {
      name: "Euro Coin",
      symbol: "EURC",
      currency: "EUR",
      decimals: 6,
      proxyAdmin,
      minterAllowance: parseUnits("1000000000", 6),
    },
  );
  async function mint(to: Address, amount: bigint) {
    const hash = await deployer.writeContract({
      address: token,
      abi: fiatTokenAdminAbi,
      functionName: "mint",
      args: [to, amount],
    });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error("mint reverted");
  }
  return { token, abi: await readFiatTokenAbi(), mint };
}
