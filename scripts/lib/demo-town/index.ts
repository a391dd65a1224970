/**
 * Aubrelle-sur-Loire, Grandrue's demo town: the shops, catalogs, carriers, people and past orders the seed
 * publishes to IPFS and registers on chain, and the code-drawn images that go with them.
 * @module
 */

export { DEMO_CARRIERS, demoCarrier } from "./carriers.ts";
export { DEMO_CATALOGS, demoCatalogItem } from "./catalogs.ts";
export {
  type CatalogDocumentInputs,
  type ShopDocumentInputs,
  toCarrierProfile,
  toCatalog,
  toShopMetadata,
} from "./documents.ts";
export { UnknownDemoEntryError } from "./errors.ts";
export { FRIDAY, MONDAY, openDays, SATURDAY, SUNDAY, THURSDAY, type TimeRange, TUESDAY, WEDNESDAY } from "./hours.ts";
export { ILLUSTRATIONS, type Illustration } from "./illustrations.ts";
export {
  type GeneratedImage,
  GeneratedImageTooLargeError,
  initialsOf,
  itemImage,
  MAX_GENERATED_IMAGE_BYTES,
  shopLogo,
} from "./images.ts";
export { pastOrderDeliveryFee, pastOrderLines } from "./pastOrderPricing.ts";
export {
  DEMO_PAST_ORDERS,
  type DemoOrderDelivery,
  type DemoOrderLine,
  type DemoOrderOutcome,
  type DemoPastOrder,
} from "./pastOrders.ts";
export { DEMO_PAYMENT_RATES } from "./payments.ts";
export {
  carrierAccountIndex,
  DEMO_PEOPLE,
  type DemoHome,
  type DemoPerson,
  type DemoShopperKey,
  demoShopper,
  FREE_DEMO_ACCOUNTS,
  labelIssuerAccountIndex,
  shopOwnerAccountIndex,
} from "./people.ts";
export {
  DEMO_GUARANTEE_BONDS,
  DEMO_LABEL_ATTESTATIONS,
  DEMO_LABEL_ISSUERS,
  DEMO_LOYALTY_PROGRAMS,
  type DemoGuaranteeBond,
  type DemoLabelAttestation,
  type DemoLabelIssuer,
  type DemoLabelOutcome,
  type DemoLoyaltyProgram,
  demoLabelIssuer,
  EXPIRED_LABEL_DAYS,
} from "./services.ts";
export { DEMO_SHOPS, demoShop } from "./shops.ts";
export { InvalidSvgNameError } from "./svg.ts";
export { DEMO_PLACES, DEMO_TOWN, type DemoPlace, type DemoTown } from "./town.ts";
export type {
  DemoCarrier,
  DemoCarrierKey,
  DemoCatalogItem,
  DemoIssuerKey,
  DemoPaymentKind,
  DemoShop,
  DemoShopKey,
  DemoShopWindows,
} from "./types.ts";
