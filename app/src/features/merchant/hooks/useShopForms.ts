import { useState } from "react";
import {
  type AcceptanceForm,
  type AcceptanceProblems,
  defaultAcceptance,
  type PaymentToken,
  validateAcceptance,
} from "../lib/acceptance.ts";
import { emptyShopProfile, type ShopProfileForm, type ShopProfileProblems } from "../lib/shopProfile.ts";
import { validateShopProfile } from "../lib/validateShopProfile.ts";
import { DEFAULT_WINDOWS, invalidWindows, type WindowsForm, windowsForm } from "../lib/windows.ts";

export type NewShopProblems = {
  profile: ShopProfileProblems;
  acceptance: AcceptanceProblems;
  windows: string[];
  fulfilment: boolean;
};

/** Everything wrong with a new shop's forms; `fulfilment` when it offers no way to get the goods. */
export function newShopProblems(
  profile: ShopProfileForm,
  acceptance: AcceptanceForm,
  windows: WindowsForm,
  tokens: readonly PaymentToken[],
): NewShopProblems {
  return {
    profile: validateShopProfile(profile),
    acceptance: validateAcceptance(acceptance, tokens),
    windows: invalidWindows(windows),
    fulfilment: !profile.pickup && !profile.ownDelivery && acceptance.carriers.length === 0,
  };
}

/** How many fields need fixing. */
export function countProblems(problems: NewShopProblems): number {
  return (
    Object.keys(problems.profile).length +
    Object.keys(problems.acceptance).length +
    problems.windows.length +
    Number(problems.fulfilment)
  );
}

/** The three forms of a new shop (what it says, what it accepts, its windows) and their problems once shown. */
export function useNewShopForms(tokens: readonly PaymentToken[]) {
  const [profile, setProfile] = useState<ShopProfileForm>(emptyShopProfile);
  const [acceptance, setAcceptance] = useState<AcceptanceForm>(defaultAcceptance);
  const [windows, setWindows] = useState<WindowsForm>(() => windowsForm(DEFAULT_WINDOWS));
  const [isShowingProblems, setShowingProblems] = useState(false);
  const problems = newShopProblems(profile, acceptance, windows, tokens);
  const shown: NewShopProblems = isShowingProblems
    ? problems
    : { profile: {}, acceptance: {}, windows: [], fulfilment: false };
  return {
    profile,
    acceptance,
    windows,
    updateProfile: (patch: Partial<ShopProfileForm>) => setProfile((current) => ({ ...current, ...patch })),
    updateAcceptance: (patch: Partial<AcceptanceForm>) => setAcceptance((current) => ({ ...current, ...patch })),
    updateWindows: (patch: Partial<WindowsForm>) => setWindows((current) => ({ ...current, ...patch })),
    problems,
    shown,
    isShowingProblems,
    showProblems: () => setShowingProblems(true),
  };
}
