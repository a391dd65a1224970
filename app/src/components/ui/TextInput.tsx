import type { InputHTMLAttributes } from "react";
import { classNames } from "./classNames.ts";
import { useFieldControl } from "./Field.tsx";

export type TextInputProps = InputHTMLAttributes<HTMLInputElement>;

/** A text input; inside a `Field` it takes the field's label, hint and error. */
export function TextInput({ className, type = "text", ...rest }: TextInputProps) {
  const control = useFieldControl();
  return <input {...control} {...rest} type={type} className={classNames("input", className)} />;
}
