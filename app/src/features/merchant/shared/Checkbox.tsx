import type { InputHTMLAttributes, ReactNode } from "react";
import { classNames } from "../../../components/ui/classNames.ts";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: ReactNode;
  /** A sentence under the label: what ticking it means. */
  hint?: ReactNode;
};

/** A checkbox with its label (the whole line is clickable) and an optional hint. */
export function Checkbox({ label, hint, className, ...input }: CheckboxProps) {
  return (
    <label className={classNames("checkbox", className)}>
      <input type="checkbox" {...input} />
      <span className="checkbox__text">
        <span className="checkbox__label">{label}</span>
        {hint !== undefined && <span className="checkbox__hint">{hint}</span>}
      </span>
    </label>
  );
}
