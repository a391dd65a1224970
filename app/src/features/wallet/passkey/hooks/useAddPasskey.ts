import { toPasskey } from "@grandrue/sdk";
import { passkeyAccountAbi } from "@grandrue/sdk/abis";
import { useMutation } from "@tanstack/react-query";
import type { Address } from "viem";
import { encodeFunctionData, hexToBytes } from "viem";
import { useSendTransaction } from "wagmi";
import { storePasskey } from "../passkeyStore.ts";
import { createCredential } from "../webauthn.ts";
import { passkeyDisplayName } from "./usePasskeyWallet.ts";

/**
 * Recovery: creates a passkey on another device (the browser offers a phone by QR code, or a security key) and adds it
 * to `account` with one prompt of the current passkey (a relayed batch calling the account's `addPasskey`). The new
 * passkey is kept on this device too (not made the active one), so it can be used here as well.
 */
export function useAddPasskey(account: Address, name: string) {
  const { mutateAsync: sendTransaction } = useSendTransaction();
  return useMutation({
    mutationFn: async () => {
      const created = await createCredential({
        rpId: location.hostname,
        displayName: passkeyDisplayName(name),
        userId: hexToBytes(account),
      });
      const passkey = toPasskey({ publicKey: created.publicKey, rpId: location.hostname, origin: location.origin });
      await sendTransaction({
        to: account,
        data: encodeFunctionData({ abi: passkeyAccountAbi, functionName: "addPasskey", args: [passkey] }),
      });
      storePasskey({ name, credentialId: created.credentialId, passkey, hasPrf: created.hasPrf, account });
    },
  });
}
