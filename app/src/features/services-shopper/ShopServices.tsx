import type { IndexedShop } from "@grandrue/sdk";
import "../../styles/features/services-shopper.css";
import { BondNote } from "./bonds/BondNote.tsx";
import { ShopLabels } from "./labels/ShopLabels.tsx";
import { ShopLoyalty } from "./loyalty/ShopLoyalty.tsx";

/** What the shop's services add to its page: its labels, its guarantee bond and its stamp card (each only if any). */
export function ShopServices({ shop }: { shop: IndexedShop }) {
  return (
    <div className="shop-services">
      <BondNote shop={shop} />
      <ShopLabels shopId={shop.shopId} />
      <ShopLoyalty shopId={shop.shopId} />
    </div>
  );
}
