export function PromptWindow() {
  return (
    <main>
      <h1>Time to move</h1>
    </main>
  );
}
