import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { ImageUploadState } from "../../hooks/useImageUpload.ts";
import { MAX_IMAGE_FILE_BYTES } from "../../lib/images.ts";

export type ImagePickerProps = {
  label: string;
  hint?: ReactNode;
  state: ImageUploadState;
  onFile(file: File): void;
  isDisabled?: boolean;
};

/** A file input for one picture, with the resize and upload progress and why a file was refused. */
export function ImagePicker({ label, hint, state, onFile, isDisabled = false }: ImagePickerProps) {
  const { t } = useTranslation("merchant");
  const id = useId();
  const isBusy = state.step === "checking" || state.step === "resizing" || state.step === "uploading";
  const problem =
    state.step === "refused"
      ? t(`images.${state.problem}`, { megabytes: MAX_IMAGE_FILE_BYTES / 1024 / 1024 })
      : state.step === "failed"
        ? t("images.failed", { message: state.message })
        : undefined;
  return (
    <div className="image-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={isDisabled || isBusy}
        aria-invalid={problem === undefined ? undefined : true}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file !== undefined) onFile(file);
        }}
      />
      {isBusy && (
        <div className="upload-progress" role="status">
          <progress
            max={100}
            value={state.step === "resizing" ? state.percent : undefined}
            aria-label={t("images.progressLabel")}
          />
          <span>
            {state.step === "checking"
              ? t("images.checking")
              : state.step === "resizing"
                ? t("images.resizing", { percent: Math.round(state.percent) })
                : t("images.uploading")}
          </span>
        </div>
      )}
      {problem !== undefined && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
