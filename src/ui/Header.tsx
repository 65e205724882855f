import type { ReactNode } from 'react';
import { useAppStore } from '../state/context.tsx';

/** The map's title and the credit of its sources; `actions` (the file buttons) go at its end. */
export function Header({ actions }: { actions?: ReactNode }) {
  const map = useAppStore((s) => s.map);
  const credit = map?.sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`).join(' · ');
  return (
    <header className="app-header">
      <span className="brand">Capot</span>
      <h1>{map?.title ?? 'Loading…'}</h1>
      {credit && <p className="credit">Sources: {credit}</p>}
      {actions}
    </header>
  );
}
