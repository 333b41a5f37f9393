// The one edge where an unexpected failure in a screen is caught: say so plainly and offer a reload.
// Saved registrations and drafts are in IndexedDB, so a reload loses nothing.
import { Component, type ReactNode } from 'react'

interface State {
  failed: boolean
}

export class ErrorBoundary extends Component<
  { children: ReactNode; message: string; reload: string },
  State
> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    // Only the error's name and message: never the props or state, which may hold personal data.
    console.error('screen failed:', error instanceof Error ? `${error.name}: ${error.message}` : 'unknown')
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <main className="screen">
        <p className="notice error" role="alert">
          {this.props.message}
        </p>
        <button type="button" className="button primary big" onClick={() => window.location.reload()}>
          {this.props.reload}
        </button>
      </main>
    )
  }
}
