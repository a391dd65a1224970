// Services built on the protocol's public interfaces only: guarantee bonds, loyalty stamps, label attestations.
// Each action takes the service's own deployment record ({ address, blockNumber }), not the protocol's.

export { guaranteeBondsAbi, labelAttestationsAbi, loyaltyStampsAbi } from "./abis.ts";
export { bondsContract, labelsContract, loyaltyContract, type ServiceDeployment } from "./serviceContracts.ts";

// ─── Guarantee bonds ──────────────────────────────────────────────────────────────────────────────────────────
export { BOND_RULINGS, CLAIM_STATUSES, claimStatusName, type ClaimStatus } from "./bonds/types.ts";
export { setWarrantyPeriod, type SetWarrantyPeriodParameters, type SetWarrantyPeriodReturnType } from "./bonds/setWarrantyPeriod.ts";
export { depositBond, type DepositBondParameters, type DepositBondReturnType } from "./bonds/depositBond.ts";
export {
  announceBondWithdrawal,
  type AnnounceBondWithdrawalParameters,
  type AnnounceBondWithdrawalReturnType,
} from "./bonds/announceBondWithdrawal.ts";
export { withdrawBond, type WithdrawBondParameters, type WithdrawBondReturnType } from "./bonds/withdrawBond.ts";
export { registerWarranty, type RegisterWarrantyParameters, type RegisterWarrantyReturnType } from "./bonds/registerWarranty.ts";
export { fileWarrantyClaim, type FileWarrantyClaimParameters, type FileWarrantyClaimReturnType } from "./bonds/fileWarrantyClaim.ts";
export { closeLapsedClaim, type CloseLapsedClaimParameters, type CloseLapsedClaimReturnType } from "./bonds/closeLapsedClaim.ts";
export { withdrawBondCredit, type WithdrawBondCreditParameters, type WithdrawBondCreditReturnType } from "./bonds/withdrawBondCredit.ts";
export {
  getOrderWarranty,
  type GetOrderWarrantyParameters,
  type GetOrderWarrantyReturnType,
  type OrderWarranty,
  type WarrantyClaim,
} from "./bonds/getOrderWarranty.ts";
export {
  getShopBonds,
  type BondClaim,
  type GetShopBondsParameters,
  type GetShopBondsReturnType,
  type ShopBond,
} from "./bonds/getShopBonds.ts";

// ─── Loyalty stamps ───────────────────────────────────────────────────────────────────────────────────────────
export {
  registerLoyaltyProgram,
  type RegisterLoyaltyProgramParameters,
  type RegisterLoyaltyProgramReturnType,
} from "./loyalty/registerLoyaltyProgram.ts";
export { updateLoyaltyReward, type UpdateLoyaltyRewardParameters, type UpdateLoyaltyRewardReturnType } from "./loyalty/updateLoyaltyReward.ts";
export {
  setLoyaltyProgramActive,
  type SetLoyaltyProgramActiveParameters,
  type SetLoyaltyProgramActiveReturnType,
} from "./loyalty/setLoyaltyProgramActive.ts";
export { claimStamps, type ClaimStampsParameters, type ClaimStampsReturnType } from "./loyalty/claimStamps.ts";
export { rewardRedemptionTypedData, rewardRedemptionTypes, type RewardRedemption } from "./loyalty/redemptionTypedData.ts";
export {
  signRewardRedemption,
  type SignRewardRedemptionParameters,
  type SignRewardRedemptionReturnType,
} from "./loyalty/signRewardRedemption.ts";
export {
  decodeRedemptionCode,
  encodeRedemptionCode,
  InvalidRedemptionCodeError,
  type SignedRedemption,
} from "./loyalty/redemptionCode.ts";
export { redeemReward, type RedeemRewardParameters, type RedeemRewardReturnType } from "./loyalty/redeemReward.ts";
export {
  invalidateRedemptionNonce,
  type InvalidateRedemptionNonceParameters,
  type InvalidateRedemptionNonceReturnType,
} from "./loyalty/invalidateRedemptionNonce.ts";
export {
  getStampCards,
  type GetStampCardsParameters,
  type GetStampCardsReturnType,
  type StampCard,
  type StampCardEntry,
} from "./loyalty/getStampCards.ts";
export { getRegularCount, type GetRegularCountParameters, type GetRegularCountReturnType } from "./loyalty/getRegularCount.ts";
export {
  getLoyaltyProgram,
  type GetLoyaltyProgramParameters,
  type GetLoyaltyProgramReturnType,
  type LoyaltyProgram,
} from "./loyalty/getLoyaltyProgram.ts";
export { getStampedOrders, type GetStampedOrdersParameters, type GetStampedOrdersReturnType } from "./loyalty/getStampedOrders.ts";

// ─── Label attestations ───────────────────────────────────────────────────────────────────────────────────────
export { InvalidLabelSlugError, labelFromBytes32, labelToBytes32 } from "./labels/labelSlug.ts";
export { registerLabelIssuer, type RegisterLabelIssuerParameters, type RegisterLabelIssuerReturnType } from "./labels/registerLabelIssuer.ts";
export { updateLabelIssuer, type UpdateLabelIssuerParameters, type UpdateLabelIssuerReturnType } from "./labels/updateLabelIssuer.ts";
export { attestLabel, type AttestLabelParameters, type AttestLabelReturnType } from "./labels/attestLabel.ts";
export { revokeLabel, type RevokeLabelParameters, type RevokeLabelReturnType } from "./labels/revokeLabel.ts";
export {
  getShopLabels,
  type GetShopLabelsParameters,
  type GetShopLabelsReturnType,
  type ShopLabel,
} from "./labels/getShopLabels.ts";
export { getAllLabels, type GetAllLabelsParameters, type GetAllLabelsReturnType } from "./labels/getAllLabels.ts";
export {
  getLabelIssuers,
  type GetLabelIssuersParameters,
  type GetLabelIssuersReturnType,
  type LabelIssuer,
} from "./labels/getLabelIssuers.ts";
