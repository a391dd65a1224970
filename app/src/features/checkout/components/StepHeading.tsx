import { type ReactNode, useEffect, useRef } from "react";

/**
 * A checkout step's title. After moving between steps it takes the focus and the page goes back to the top, so
 * keyboard and screen-reader users start the new step from its beginning.
 */
export function StepHeading({ children, isFocused }: { children: ReactNode; isFocused: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!isFocused) return;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [isFocused]);
  return (
    <h2 ref={heading} tabIndex={-1} className="checkout-step-title">
      {children}
    </h2>
  );
}
