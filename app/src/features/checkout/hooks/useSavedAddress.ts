import type { ShippingDetails } from "@grandrue/sdk";
import { useEffect, useState } from "react";
import type { SavedAddressChoiceProps } from "../components/SavedAddressChoice.tsx";
import { forgetSavedAddress, saveAddress } from "../model/savedAddress.ts";

/**
 * The address this browser keeps for the shopper, if asked (`initial`, read when checkout opened): saved, or forgotten
 * when the shopper unticked the box, when the checked address leaves the details step.
 */
export function useSavedAddress(
  initial: ShippingDetails | undefined,
  checked: ShippingDetails | undefined,
): SavedAddressChoiceProps {
  const storage = globalThis.localStorage;
  const [saved, setSaved] = useState(initial);
  const [shouldRemember, setRemember] = useState(initial !== undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a newly checked address leaves the details step
  useEffect(() => {
    if (checked === undefined) return;
    if (shouldRemember) {
      if (saveAddress(storage, checked)) setSaved(checked);
    } else if (saved !== undefined) {
      forgetSavedAddress(storage);
      setSaved(undefined);
    }
  }, [checked]);
  return {
    shouldRemember,
    onRememberChange: setRemember,
    isSaved: saved !== undefined,
    onForget: () => {
      forgetSavedAddress(storage);
      setSaved(undefined);
      setRemember(false);
    },
  };
}
