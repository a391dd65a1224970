import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";
import { useManagedShop } from "../hooks/useManagedShop.ts";

/** Why the back office cannot show a shop (yet). */
export type ShopAccessProblem = "connect" | "loading" | "notIndexed" | "indexError" | "notManager";

/**
 * The shop for the back office when the connected account manages it; otherwise why not: no wallet, still loading,
 * not in the directory yet, the directory failing, or a shop of another account. `name` is known in every case it can be.
 */
export function useShopAccess(shopId: bigint): { shop?: IndexedShop; problem?: ShopAccessProblem; name?: string } {
  const { isConnected } = useWalletStatus();
  const { shop, isLoading, error, isManager, isCheckingManager } = useManagedShop(shopId);
  const name = shop?.metadata?.name;
  if (!isConnected) return { problem: "connect", name };
  if (isLoading || isCheckingManager) return { problem: "loading", name };
  if (shop === undefined) return { problem: error === null ? "notIndexed" : "indexError" };
  return isManager ? { shop, name } : { problem: "notManager", name };
}

/** Says plainly why the shop is not shown, with the way forward. */
export function ShopAccessNotice({
  problem,
  shopId,
  name,
}: {
  problem: ShopAccessProblem;
  shopId: bigint;
  name?: string;
}) {
  const { t } = useTranslation("merchant");
  const id = shopId.toString();
  switch (problem) {
    case "connect":
      return (
        <Banner tone="warning" title={t("access.connectTitle")} action={<ConnectWalletButton size="small" />}>
          <p>{t("access.connectText")}</p>
        </Banner>
      );
    case "loading":
      return <Spinner label={t("access.loading")} />;
    case "notIndexed":
      return (
        <Banner title={t("access.notIndexedTitle", { id })}>
          <p>{t("access.notIndexedText")}</p>
        </Banner>
      );
    case "indexError":
      return (
        <Banner tone="error" title={t("access.indexErrorTitle")}>
          <p>{t("access.indexErrorText")}</p>
        </Banner>
      );
    case "notManager":
      return (
        <Banner tone="warning" title={t("access.notManagerTitle")}>
          <p>{t("access.notManagerText", { name: name ?? id })}</p>
        </Banner>
      );
  }
}
