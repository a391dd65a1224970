import type { ReactNode } from "react";
import { classNames } from "./classNames.ts";
import { PadlockIcon } from "./icons.tsx";

export type PadlockNoteProps = { children: ReactNode; className?: string };

/**
 * A reassuring note with a padlock, for what is protected: money held until delivery, an address only the shop
 * and the carrier can read.
 * @example <PadlockNote>{t("orders:checkout.escrowNote")}</PadlockNote>
 */
export function PadlockNote({ children, className }: PadlockNoteProps) {
  return (
    <p className={classNames("padlock-note", className)}>
      <PadlockIcon className="padlock-note__icon" />
      <span>{children}</span>
    </p>
  );
}
