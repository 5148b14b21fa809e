/** Placeholder until the pacing screen lands (owned by the pacing work). */
export function PacingScreen() {
  return (
    <section className="stack">
      <header>
        <h1>Pacing</h1>
        <p>Your pacing plan will appear here.</p>
      </header>
    </section>
  );
}
