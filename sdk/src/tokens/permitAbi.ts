import { parseAbi } from "viem";

/**
 * The EIP-2612 views a permit needs, plus `name` (the EIP-712 domain name of OpenZeppelin's ERC20Permit) and the
 * optional `version` some tokens expose (USDC's domain is version "2").
 */
export const erc20PermitAbi = parseAbi([
  "function name() view returns (string)",
  "function version() view returns (string)",
  "function nonces(address owner) view returns (uint256)",
  "function DOMAIN_SEPARATOR() view returns (bytes32)",
]);
