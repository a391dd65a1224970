/** The EIP-712 domain of Grandrue's off-chain signature requests (key derivation, not contract calls). */
export function grandrueDomain(chainId: number) {
  return { name: "Grandrue", version: "1", chainId } as const;
}
