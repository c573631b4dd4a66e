/**
 * The last line of defence: a rendering failure outside any panel (a page, the shell, a provider)
 * shows the crash page instead of a blank screen. It resets when the address changes, so following
 * a link away from a broken page works without a reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashPage } from './crash-page';

interface Props {
  /** Changing it clears a caught error (the pathname). */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failedAt: string | null;
}

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return state.failedAt === props.resetKey ? null : { failedAt: props.resetKey };
    if (state.failedAt !== props.resetKey) return { error: null, failedAt: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error !== null ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}
