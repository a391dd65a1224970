import type { MarketWalletClient } from "@grandrue/sdk";
import solc from "solc";
import { type Abi, type Address, getAddress, type Hex } from "viem";

/** An ERC-20 without EIP-2612 (no `nonces`, no `DOMAIN_SEPARATOR`), like many older tokens. */
const SOURCE = `
// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;
contract PlainToken {
    string public name = "Plain";
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    function mint(address to, uint256 amount) external { balanceOf[to] += amount; emit Transfer(address(0), to, amount); }
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }
    function transfer(address to, uint256 amount) external returns (bool) { _move(msg.sender, to, amount); return true; }
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        _move(from, to, amount);
        return true;
    }
    function _move(address from, address to, uint256 amount) private {
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}`;

type CompilerOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};

function compile(): { abi: Abi; bytecode: Hex } {
  const input = {
    language: "Solidity",
    sources: { "PlainToken.sol": { content: SOURCE } },
    settings: { evmVersion: "cancun", outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as CompilerOutput;
  const errors = (output.errors ?? []).filter((error) => error.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join("\n"));
  const contract = output.contracts["PlainToken.sol"]!.PlainToken!;
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}

/** Compiles (with the repository's pinned solc) and deploys a token without permit support. */
export async function deployPlainToken(
  deployer: MarketWalletClient,
  waitForReceipt: (hash: Hex) => Promise<{ contractAddress?: Address | null }>,
) {
  const { abi, bytecode } = compile();
  const hash = await deployer.deployContract({ abi, bytecode, account: deployer.account, chain: deployer.chain });
  const { contractAddress } = await waitForReceipt(hash);
  if (!contractAddress) throw new Error("PlainToken was not deployed");
  return { address: getAddress(contractAddress), abi };
}
