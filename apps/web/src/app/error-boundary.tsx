import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPage } from './route-error';

interface State {
  readonly error?: unknown;
  readonly at?: string;
}

/**
 * A page that failed to render (or whose chunk failed to load) shows the error page instead of a blank
 * screen; moving to another page clears it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error, at: window.location.pathname };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(): void {
    if (this.state.error !== undefined && this.state.at !== window.location.pathname)
      this.setState({ error: undefined });
  }

  override render(): ReactNode {
    return this.state.error !== undefined ? <ErrorPage error={this.state.error} /> : this.props.children;
  }
}
