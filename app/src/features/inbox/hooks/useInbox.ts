import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useMarket, useShopIndex } from "../../../market/index.ts";
import { notify } from "../model/browserNotifications.ts";
import { indexedDbInboxStorage } from "../model/inboxStorage.ts";
import { markInboxSeen, type SyncedInbox, syncInbox, unseenEntries } from "../model/syncInbox.ts";
import { useEntryText } from "./useEntryText.ts";
import { useInboxParties } from "./useInboxParties.ts";

/** How often the open app asks the chain what changed (a block or two on most chains). */
const SYNC_INTERVAL_MS = 10_000;

const storage = indexedDbInboxStorage();

const inboxKey = (chainId: number, account: string | undefined) => ["inbox", chainId, account?.toLowerCase()] as const;

/**
 * The connected account's inbox: what changed in its orders (as shopper, shop owner and carrier), read from the chain
 * every few seconds while the app is open and kept on this device. New entries are shown as browser notifications
 * when the user turned them on.
 */
export function useInbox() {
  const { publicClient, deployment } = useMarket();
  const identity = useInboxParties();
  const entryText = useEntryText(useShopIndex().data);
  const { t } = useTranslation("inbox");
  const query = useQuery({
    queryKey: [...inboxKey(deployment.chainId, identity?.account), identity?.parties.map((party) => party.key).join()],
    queryFn: (): Promise<SyncedInbox> =>
      syncInbox({ client: publicClient, deployment, storage, account: identity!.account, parties: identity!.parties }),
    enabled: identity !== undefined,
    refetchInterval: SYNC_INTERVAL_MS,
    refetchIntervalInBackground: true,
    staleTime: SYNC_INTERVAL_MS,
  });
  const arrived = query.data?.arrived;
  useEffect(() => {
    if (arrived === undefined || arrived.length === 0) return;
    notify(arrived.map((entry) => ({ tag: entry.id, title: t("notificationTitle"), body: entryText(entry) })));
  }, [arrived, entryText, t]);
  return { ...query, unseen: query.data === undefined ? [] : unseenEntries(query.data) };
}

/** Marks the account's inbox as seen, and refreshes the count in the header. */
export function useMarkInboxSeen() {
  const { deployment } = useMarket();
  const queryClient = useQueryClient();
  return async (account: `0x${string}`) => {
    await markInboxSeen(storage, deployment.chainId, account);
    const key = inboxKey(deployment.chainId, account);
    queryClient.setQueriesData<SyncedInbox>({ queryKey: key }, (inbox) =>
      inbox === undefined
        ? inbox
        : { ...inbox, arrived: [], entries: inbox.entries.map((entry) => ({ ...entry, isSeen: true })) },
    );
  };
}
