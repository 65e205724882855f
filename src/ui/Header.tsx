import { useAppStore } from '../state/context.tsx';

/** The map's title and the credit of its sources. */
export function Header() {
  const map = useAppStore((s) => s.map);
  const credit = map?.sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ''}`).join(' · ');
  return (
    <header className="app-header">
      <span className="brand">Capot</span>
      <h1>{map?.title ?? 'Loading…'}</h1>
      {credit && <p className="credit">Sources: {credit}</p>}
    </header>
  );
}
