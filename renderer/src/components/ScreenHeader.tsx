/** The top of every dashboard screen: its one h1 (focused after navigation) and a line saying what it is for. */
import type { ReactNode } from 'react';

export function ScreenHeader({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children?: ReactNode;
}) {
  return (
    <header className="screen-header">
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      {children}
    </header>
  );
}
