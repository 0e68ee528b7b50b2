import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashProbe } from './crashProbe';
import styles from './ErrorBoundary.module.css';

interface Props {
  /** What the pane is called in the message ("The graph", "The editor"). */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one pane's failure in that pane: it shows what went wrong and a button to try
 * again, and the rest of the app (and the workspace text, which lives in the store) stays.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the pane shows the message itself.
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return (
        <>
          <CrashProbe name={this.props.name} />
          {this.props.children}
        </>
      );
    }
    return (
      <div className={styles.failure} role="alert" data-testid="pane-error">
        <strong>{this.props.name} stopped working.</strong>
        <p className={styles.message}>{error.message}</p>
        <p className={styles.note}>Your YAML is safe: it is kept and saved separately.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Reset {this.props.name.toLowerCase()}
        </button>
      </div>
    );
  }
}
