import { NATIVE_TOKEN } from "@grandrue/sdk";
import { erc20Abi, formatUnits } from "viem";
/** Formats token amounts with the token's own symbol and decimals, reading each token once. */
export function createAmountFormatter(client) {
    const tokens = new Map();
    function describe(token) {
        if (token === NATIVE_TOKEN)
            return Promise.resolve({ symbol: "ETH", decimals: 18 });
        const read = async () => {
            const [symbol, decimals] = await Promise.all([
                client.readContract({ address: token, abi: erc20Abi, functionName: "symbol" }),
                client.readContract({ address: token, abi: erc20Abi, functionName: "decimals" }),
            ]);
            return { symbol, decimals };
        };
        const known = tokens.get(token) ?? read();
        tokens.set(token, known);
        return known;
    }
    return async (token, amount) => {
        const { symbol, decimals } = await describe(token);
        return `${formatUnits(amount, decimals)} ${symbol}`;
    };
}
