import { Component, type ErrorInfo, type ReactNode } from "react";

export type ErrorBoundaryProps = {
  /** What to show instead of the broken part; `reset` tries rendering the children again. */
  fallback(error: unknown, reset: () => void): ReactNode;
  /** Changing it clears the error, e.g. the current path, so navigating away recovers. */
  resetKey?: unknown;
  children: ReactNode;
};

type ErrorBoundaryState = { error: unknown; hasError: boolean; resetKey: unknown };

/**
 * Catches a render error below it and shows `fallback` instead of a blank page. Pair it with `ErrorPage`
 * (translated) inside the app, and with `RootErrorPage` (no dependency) at the very top.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: undefined, hasError: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (props.resetKey === state.resetKey) return null;
    return { error: undefined, hasError: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("A part of the page failed to render", error, info.componentStack);
  }

  reset = (): void => {
    this.setState({ error: undefined, hasError: false });
  };

  render(): ReactNode {
    return this.state.hasError ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
