/** Placeholder until the weekly check-in screen lands (owned by the check-in work). */
export function CheckinScreen() {
  return (
    <section className="stack">
      <header>
        <h1>Check-in</h1>
        <p>Your weekly check-in will appear here.</p>
      </header>
    </section>
  );
}
