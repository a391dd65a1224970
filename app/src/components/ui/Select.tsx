import type { SelectHTMLAttributes } from "react";
import { classNames } from "./classNames.ts";
import { useFieldControl } from "./Field.tsx";

export type SelectOption = { value: string; label: string; isDisabled?: boolean };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children"> & {
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a carrier…". */
  placeholder?: string;
};

/** A native select (keyboard and screen-reader friendly everywhere); inside a `Field` it takes its label. */
export function Select({ options, placeholder, className, ...rest }: SelectProps) {
  const control = useFieldControl();
  return (
    <span className={classNames("select", className)}>
      <select {...control} {...rest}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.isDisabled}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
