import { toPasskey } from "@grandrue/sdk";
import { useMutation } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useConnect, useConnectors } from "wagmi";
import { PASSKEY_CONNECTOR_ID } from "../passkeyIds.ts";
import {
  activePasskey,
  type StoredPasskey,
  setActivePasskey,
  storedPasskeys,
  storePasskey,
  subscribeToPasskeys,
} from "../passkeyStore.ts";
import { createCredential } from "../webauthn.ts";
import { useFindPasskey } from "./useFindPasskey.ts";

/** What a new passkey is called on the device (its passkey list, the system prompt): "Grandrue — Léa". */
export function passkeyDisplayName(name: string): string {
  return `Grandrue — ${name.trim()}`;
}

let snapshot: { all: StoredPasskey[]; active: StoredPasskey | undefined } = { all: [], active: undefined };
function readSnapshot() {
  const all = storedPasskeys();
  const active = activePasskey();
  if (JSON.stringify(all) !== JSON.stringify(snapshot.all) || active?.credentialId !== snapshot.active?.credentialId) {
    snapshot = { all, active };
  }
  return snapshot;
}

/**
 * The passkeys of this device and the two things the wallet menu does with them: create one (one tap) and connect it,
 * or connect one created before. Absent on a chain whose deployment has no passkey factory.
 */
export function usePasskeyWallet({
  onConnected,
  foundName = "",
}: {
  onConnected?: () => void;
  foundName?: string;
} = {}) {
  const { all, active } = useSyncExternalStore(subscribeToPasskeys, readSnapshot, readSnapshot);
  const connector = useConnectors().find((candidate) => candidate.id === PASSKEY_CONNECTOR_ID);
  const { mutateAsync: connect } = useConnect();
  const connectStored = async (credentialId: StoredPasskey["credentialId"]) => {
    if (connector === undefined) return;
    setActivePasskey(credentialId);
    await connect({ connector });
    onConnected?.();
  };
  const create = useMutation({
    mutationFn: async (name: string) => {
      const created = await createCredential({ rpId: location.hostname, displayName: passkeyDisplayName(name) });
      const passkey = toPasskey({ publicKey: created.publicKey, rpId: location.hostname, origin: location.origin });
      storePasskey({ name: name.trim(), credentialId: created.credentialId, passkey, hasPrf: created.hasPrf });
      await connectStored(created.credentialId);
    },
  });
  const use = useMutation({ mutationFn: connectStored });
  const find = useFindPasskey(foundName, connectStored);
  return { isAvailable: connector !== undefined, passkeys: all, active, create, use, find };
}
