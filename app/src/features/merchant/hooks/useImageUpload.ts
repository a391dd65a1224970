import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMarket } from "../../../market/index.ts";
import { failureText } from "../../../transaction/index.ts";
import { type ImageFileProblem, type ImageKind, ImageProblemError, imageFileProblem } from "../lib/images.ts";
import { resizeImage } from "../lib/resizeImage.ts";

/**
 * Where an image upload is: checking, resizing (with percent), sending to IPFS, done, refused (the file: why, in
 * words) or failed (the upload: the node's own message when it gave one).
 */
export type ImageUploadState =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "refused"; problem: ImageFileProblem }
  | { step: "resizing"; percent: number }
  | { step: "uploading" }
  /** `message` is in the reader's words and names the IPFS node that refused, when one did. */
  | { step: "failed"; message: string };

/**
 * Checks, resizes and uploads a picture to IPFS, with progress; `upload` resolves to the picture's CID, or to
 * `undefined` when the file was refused or the upload failed (the state says why). `clear` forgets a failure.
 * @example const logo = useImageUpload("logo"); const cid = await logo.upload(file)
 */
export function useImageUpload(kind: ImageKind) {
  const { ipfs } = useMarket();
  const { i18n } = useTranslation();
  const [state, setState] = useState<ImageUploadState>({ step: "idle" });
  const upload = useCallback(
    async (file: File): Promise<string | undefined> => {
      setState({ step: "checking" });
      try {
        const problem = await imageFileProblem(file);
        if (problem !== undefined) throw new ImageProblemError(problem);
        setState({ step: "resizing", percent: 0 });
        const bytes = await resizeImage(file, kind, (percent) => setState({ step: "resizing", percent }));
        setState({ step: "uploading" });
        const cid = await ipfs.addBytes(bytes);
        setState({ step: "idle" });
        return cid;
      } catch (error) {
        if (error instanceof ImageProblemError) setState({ step: "refused", problem: error.problem });
        else setState({ step: "failed", message: await failureText(error, i18n) });
        return undefined;
      }
    },
    [ipfs, kind, i18n],
  );
  const clear = useCallback(() => setState({ step: "idle" }), []);
  return {
    state,
    upload,
    clear,
    isBusy: state.step === "checking" || state.step === "resizing" || state.step === "uploading",
  };
}
