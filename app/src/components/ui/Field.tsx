import { createContext, type ReactNode, useContext, useId } from "react";
import { CharacterCount } from "./CharacterCount.tsx";
import { classNames } from "./classNames.ts";

type FieldControl = { id: string; describedBy: string | undefined; isInvalid: boolean; isRequired: boolean };

const FieldContext = createContext<FieldControl | null>(null);

export type FieldProps = {
  label: ReactNode;
  /** Help shown under the label, before the input. */
  hint?: ReactNode;
  /** What is wrong and how to fix it; marks the input invalid. */
  error?: ReactNode;
  isRequired?: boolean;
  /**
   * The text's length and the most its document allows: a counter under the input, which says how much is too much.
   * The form refuses a text over the limit before anything is sent; nothing typed or pasted is cut off.
   */
  count?: { length: number; max: number };
  children: ReactNode;
  className?: string;
};

/**
 * A labelled form field: wires the label, hint and error to the `TextInput` or `Select` inside it
 * (`htmlFor`, `aria-describedby`, `aria-invalid`), so every input has a visible label.
 * @example <Field label={t("shop.name")} error={errors.name}><TextInput value={name} onChange={…} /></Field>
 */
export function Field({ label, hint, error, isRequired = false, count, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined || error === null || error === false ? undefined : `${id}-error`;
  const countId = count === undefined ? undefined : `${id}-count`;
  const describedBy = [hintId, errorId, countId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={classNames("field", errorId !== undefined && "field--invalid", className)}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </label>
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldContext value={{ id, describedBy, isInvalid: errorId !== undefined, isRequired }}>{children}</FieldContext>
      {count !== undefined && <CharacterCount id={countId} length={count.length} max={count.max} />}
      {errorId !== undefined && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The attributes an input needs to belong to the surrounding `Field` (none outside a Field). */
export function useFieldControl(): {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
} {
  const field = useContext(FieldContext);
  if (field === null) return {};
  return {
    id: field.id,
    "aria-describedby": field.describedBy,
    ...(field.isInvalid ? { "aria-invalid": true as const } : {}),
    ...(field.isRequired ? { required: true } : {}),
  };
}
