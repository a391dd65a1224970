/**
 * Aubrelle-sur-Loire, Grandrue's demo town: the shops, catalogs, carriers, people and past orders the seed
 * publishes to IPFS and registers on chain, and the code-drawn images that go with them.
 * @module
 */
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
export { UnknownDemoEntryError } from "./errors.ts";
export { DEMO_PLACES, DEMO_TOWN, type DemoPlace, type DemoTown } from "./town.ts";
export { DEMO_SHOPS, demoShop } from "./shops.ts";
export { DEMO_CATALOGS, demoCatalogItem } from "./catalogs.ts";
export { DEMO_CARRIERS, demoCarrier } from "./carriers.ts";
export { DEMO_PAYMENT_RATES } from "./payments.ts";
export {
  carrierAccountIndex,
  DEMO_PEOPLE,
  demoShopper,
  labelIssuerAccountIndex,
  shopOwnerAccountIndex,
  type DemoHome,
  type DemoPerson,
  type DemoShopperKey,
} from "./people.ts";
export {
  DEMO_PAST_ORDERS,
  type DemoOrderDelivery,
  type DemoOrderLine,
  type DemoOrderOutcome,
  type DemoPastOrder,
} from "./pastOrders.ts";
export {
  DEMO_GUARANTEE_BONDS,
  DEMO_LABEL_ATTESTATIONS,
  DEMO_LABEL_ISSUERS,
  DEMO_LOYALTY_PROGRAMS,
  demoLabelIssuer,
  EXPIRED_LABEL_DAYS,
  type DemoGuaranteeBond,
  type DemoLabelAttestation,
  type DemoLabelIssuer,
  type DemoLabelOutcome,
  type DemoLoyaltyProgram,
} from "./services.ts";
export { pastOrderDeliveryFee, pastOrderLines } from "./pastOrderPricing.ts";
export {
  GeneratedImageTooLargeError,
  initialsOf,
  itemImage,
  MAX_GENERATED_IMAGE_BYTES,
  shopLogo,
  type GeneratedImage,
} from "./images.ts";
export { ILLUSTRATIONS, type Illustration } from "./illustrations.ts";
export { InvalidSvgNameError } from "./svg.ts";
export {
  toCarrierProfile,
  toCatalog,
  toShopMetadata,
  type CatalogDocumentInputs,
  type ShopDocumentInputs,
} from "./documents.ts";
export { FRIDAY, MONDAY, openDays, SATURDAY, SUNDAY, THURSDAY, TUESDAY, WEDNESDAY, type TimeRange } from "./hours.ts";
