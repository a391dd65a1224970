import { type Passkey, passkeyId } from "@grandrue/sdk";
import { passkeyAccountAbi } from "@grandrue/sdk/abis";
import { useMutation } from "@tanstack/react-query";
import { type Address, bytesToHex, type Chain, type Client, type Transport } from "viem";
import { getCode, readContract } from "viem/actions";
import { useMarket } from "../../../../market/index.ts";
import { accountFromUserHandle, commonCandidate, passkeyCandidates } from "../passkeyCandidates.ts";
import { storePasskey } from "../passkeyStore.ts";
import { getAssertion } from "../webauthn.ts";

/** No account of this chain answers to the passkey the shopper picked. */
export class PasskeyAccountNotFoundError extends Error {
  override name = "PasskeyAccountNotFoundError";
}

const randomChallenge = () => bytesToHex(crypto.getRandomValues(new Uint8Array(32)));

async function holds(client: Client<Transport, Chain>, account: Address, passkey: Passkey): Promise<boolean> {
  const code = await getCode(client, { address: account });
  if (code === undefined || code === "0x") return false;
  return readContract(client, {
    address: account,
    abi: passkeyAccountAbi,
    functionName: "isPasskey",
    args: [passkeyId(passkey)],
  });
}

/**
 * On a device that does not know the passkey yet (a new phone, a synced keychain, the second passkey added for
 * recovery): one prompt where the shopper picks the passkey, its public key recovered from the signature, the account
 * named by its user id (a recovery passkey) or derived from the key; a second prompt only when the first leaves two
 * candidates. Then the passkey is kept here and used like one created here. Calls `onFound` with its credential id.
 */
export function useFindPasskey(name: string, onFound: (credentialId: `0x${string}`) => Promise<void>) {
  const { publicClient, deployment } = useMarket();
  return useMutation({
    mutationFn: async () => {
      const factory = deployment.contracts.PasskeyAccountFactory?.address;
      if (factory === undefined) throw new PasskeyAccountNotFoundError("this chain has no passkey accounts");
      const site = { rpId: location.hostname, origin: location.origin };
      const first = await getAssertion({ rpId: site.rpId, challenge: randomChallenge() });
      const candidates = passkeyCandidates(first, site);
      const recoveryAccount = accountFromUserHandle(first.userHandle);
      let passkey: Passkey | undefined;
      if (recoveryAccount !== undefined) {
        for (const candidate of candidates) {
          if (await holds(publicClient, recoveryAccount, candidate)) passkey = candidate;
        }
      } else {
        const second = await getAssertion({
          rpId: site.rpId,
          credentialId: first.credentialId,
          challenge: randomChallenge(),
        });
        passkey = commonCandidate(candidates, passkeyCandidates(second, site));
      }
      if (passkey === undefined) throw new PasskeyAccountNotFoundError("no account of this chain holds this passkey");
      storePasskey({
        name,
        credentialId: first.credentialId,
        passkey,
        hasPrf: first.prf !== undefined,
        ...(recoveryAccount !== undefined && { account: recoveryAccount }),
      });
      await onFound(first.credentialId);
    },
  });
}
