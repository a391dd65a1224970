/**
 * What a shopper sees of the services built on the protocol: labels from third-party issuers (on the shop page, as a
 * search filter, and which issuers to trust at `/labels`), guarantee bonds and warranty claims, and stamp cards
 * (`/cards`). Each piece hides itself when its service is not part of the deployment. The find page imports this
 * index, so the pages it exports load lazily (pages.ts).
 */

export { BondNote } from "./bonds/BondNote.tsx";
export { AttestedLabelList } from "./labels/AttestedLabelList.tsx";
export { CertifiedLabelSelect } from "./labels/CertifiedLabelSelect.tsx";
export { useShopsWithLabel } from "./labels/useShopsWithLabel.ts";
export { StampCardsLink } from "./loyalty/StampCardsLink.tsx";
export { LabelIssuersPage, StampCardsPage } from "./pages.ts";
export { ShopServices } from "./ShopServices.tsx";
export { WarrantyCard } from "./warranty/WarrantyCard.tsx";
