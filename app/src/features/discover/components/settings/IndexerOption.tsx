import type { ReactNode } from "react";

export type IndexerOptionProps = {
  value: string;
  isChecked: boolean;
  onChoose(value: string): void;
  label: ReactNode;
  /** A line under the label: what the option means, or the indexer's state. */
  detail?: ReactNode;
};

/** One choice of indexer: a radio button with its label and a line of detail. */
export function IndexerOption({ value, isChecked, onChoose, label, detail }: IndexerOptionProps) {
  return (
    <label className="indexer-option">
      <input
        type="radio"
        name="indexer"
        value={value}
        checked={isChecked}
        onChange={(event) => event.target.checked && onChoose(value)}
      />
      <span className="indexer-option__text">
        <span className="indexer-option__label">{label}</span>
        {detail !== undefined && <span className="indexer-option__detail">{detail}</span>}
      </span>
    </label>
  );
}
