import type { RecordableCheckpoint } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";

export type CheckpointButtonsProps = {
  checkpoints: readonly RecordableCheckpoint[];
  /** The checkpoint being signed, if any. */
  busy: RecordableCheckpoint | undefined;
  onRecord(checkpoint: RecordableCheckpoint): void;
};

/** One big button per checkpoint the courier can record now, each saying what it tells the customer. */
export function CheckpointButtons({ checkpoints, busy, onRecord }: CheckpointButtonsProps) {
  const { t } = useTranslation("carrier");
  if (checkpoints.length === 0) return null;
  return (
    <ul className="checkpoint-buttons">
      {checkpoints.map((checkpoint) => (
        <li key={checkpoint}>
          <Button
            variant={checkpoint === "PickedUp" || checkpoint === "OutForDelivery" ? "primary" : "secondary"}
            size="large"
            isWide
            isLoading={busy === checkpoint}
            disabled={busy !== undefined}
            onClick={() => onRecord(checkpoint)}
          >
            {t(`checkpoints.${checkpoint}.action`)}
          </Button>
          <p className="checkpoint-buttons__hint">{t(`checkpoints.${checkpoint}.meaning`)}</p>
        </li>
      ))}
    </ul>
  );
}
