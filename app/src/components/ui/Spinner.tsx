import { classNames } from "./classNames.ts";

export type SpinnerProps = {
  /** Read by screen readers, and shown next to the spinner unless `isLabelHidden`. */
  label: string;
  isLabelHidden?: boolean;
  size?: "small" | "medium";
};

/** A quiet loading indicator that says what is loading. */
export function Spinner({ label, isLabelHidden = false, size = "medium" }: SpinnerProps) {
  return (
    <span className={classNames("spinner", `spinner--${size}`)} role="status">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className={isLabelHidden ? "visually-hidden" : "spinner__label"}>{label}</span>
    </span>
  );
}
