import type { TextareaHTMLAttributes } from "react";
import { classNames } from "./classNames.ts";
import { useFieldControl } from "./Field.tsx";

/** A multi-line text input; inside a `Field` it takes the field's label, hint and error. */
export function TextArea({ className, rows = 4, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const control = useFieldControl();
  return <textarea {...control} {...rest} rows={rows} className={classNames("input", "textarea", className)} />;
}
