import { type ReactNode, Suspense, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { classNames } from "./classNames.ts";
import { CloseIcon } from "./icons.tsx";
import { Spinner } from "./Spinner.tsx";
import { useFocusTrap } from "./useFocusTrap.ts";

export type DialogProps = {
  isOpen: boolean;
  /** Called on Escape, the close button and a click outside (unless `isDismissable` is false). */
  onClose(): void;
  title: ReactNode;
  /** One sentence under the title, read by screen readers when the dialog opens. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom; put the main action last. */
  footer?: ReactNode;
  /** False while something must not be interrupted; the close button and Escape then do nothing. */
  isDismissable?: boolean;
  size?: "small" | "medium";
};

/**
 * A modal dialog: rendered over the page, labelled by its title, keyboard focus kept inside, the page behind made
 * inert, focus returned to the opener when it closes. Its body waits for lazily loaded translations on its own, so
 * the page behind never flickers.
 */
export function Dialog({ isOpen, ...props }: DialogProps) {
  if (!isOpen) return null;
  return createPortal(<DialogLayer {...props} />, document.body);
}

function DialogLayer({
  onClose,
  title,
  description,
  children,
  footer,
  isDismissable = true,
  size = "medium",
}: Omit<DialogProps, "isOpen">) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = () => {
    if (isDismissable) onClose();
  };
  useFocusTrap(panel, close);
  return (
    <div className="dialog-layer" data-dialog-layer="">
      <div className="dialog-layer__backdrop" aria-hidden="true" onClick={close} />
      <div
        ref={panel}
        className={classNames("dialog", `dialog--${size}`)}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description === undefined ? undefined : descriptionId}
        tabIndex={-1}
      >
        <div className="dialog__header">
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          {isDismissable && (
            <button type="button" className="dialog__close" onClick={onClose} aria-label={t("actions.close")}>
              <CloseIcon />
            </button>
          )}
        </div>
        {description !== undefined && (
          <p className="dialog__description" id={descriptionId}>
            {description}
          </p>
        )}
        <div className="dialog__body">
          <Suspense fallback={<Spinner label={t("loading.page")} />}>{children}</Suspense>
        </div>
        {footer !== undefined && <div className="dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}
