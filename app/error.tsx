'use client';

/**
 * Shown when a page could not be rendered, most often because the database is unreachable for
 * a moment. Nothing accepted is lost: every edit is stored before anyone sees it.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="card error-page" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        The server could not reach its database or ran into a problem. Nothing that was accepted in the room has been
        lost. Please try again in a moment.
      </p>
      <button type="button" className="button-primary" onClick={() => reset()}>
        Try again
      </button>
    </section>
  );
}
