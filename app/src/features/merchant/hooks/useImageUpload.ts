import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMarket } from "../../../market/index.ts";
import { failureText } from "../../../transaction/index.ts";
import { compressImage, type ImageFileProblem, type ImageKind, imageFileProblem } from "../lib/images.ts";

/** Where an image upload is: checking, resizing (with percent), sending to IPFS, done or failed. */
export type ImageUploadState =
  | { step: "idle" }
  | { step: "refused"; problem: ImageFileProblem }
  | { step: "resizing"; percent: number }
  | { step: "uploading" }
  /** `message` is in the reader's words and names the IPFS node that refused, when one did. */
  | { step: "failed"; message: string };

/**
 * Checks, resizes and uploads a picture to IPFS, with progress; `upload` resolves to the picture's CID, or to
 * `undefined` when the file was refused (the state says why) or the upload failed.
 * @example const logo = useImageUpload("logo"); const cid = await logo.upload(file)
 */
export function useImageUpload(kind: ImageKind) {
  const { ipfs } = useMarket();
  const { i18n } = useTranslation();
  const [state, setState] = useState<ImageUploadState>({ step: "idle" });
  const upload = useCallback(
    async (file: File): Promise<string | undefined> => {
      const problem = imageFileProblem(file);
      if (problem !== undefined) {
        setState({ step: "refused", problem });
        return undefined;
      }
      try {
        setState({ step: "resizing", percent: 0 });
        const bytes = await compressImage(file, kind, (percent) => setState({ step: "resizing", percent }));
        setState({ step: "uploading" });
        const cid = await ipfs.addBytes(bytes);
        setState({ step: "idle" });
        return cid;
      } catch (error) {
        setState({ step: "failed", message: await failureText(error, i18n) });
        return undefined;
      }
    },
    [ipfs, kind, i18n],
  );
  return { state, upload, isBusy: state.step === "resizing" || state.step === "uploading" };
}
