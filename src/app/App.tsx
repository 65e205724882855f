import { useMemo, useRef } from 'react';
import { StoreProvider, useAppStore } from '../state/context.tsx';
import type { AppStore } from '../state/store.ts';
import { ActorFilter } from '../ui/ActorFilter.tsx';
import { KindFilter } from '../ui/KindFilter.tsx';
import { Details } from '../ui/Details.tsx';
import { Toolbar, type MapCommands } from '../ui/Toolbar.tsx';
import { Legend } from '../render/Legend.tsx';
import { MapView, type MapViewHandle } from '../render/MapView.tsx';
import { downloadPng, downloadSvg } from './exports.ts';
import { Header } from '../ui/Header.tsx';

function Shell() {
  const view = useRef<MapViewHandle>(null);
  const map = useAppStore((s) => s.map);
  const loadError = useAppStore((s) => s.loadError);
  const used = useMemo(
    () => ({
      nodeKinds: (['question', 'position', 'argument', 'fact'] as const).filter((k) => map?.nodes.some((n) => n.kind === k)),
      edgeKinds: (['supports', 'attacks', 'answers', 'undercuts', 'rephrases', 'contradicts'] as const).filter((k) =>
        map?.edges.some((e) => e.kind === k),
      ),
    }),
    [map],
  );
  const commands: MapCommands = useMemo(
    () => ({
      zoomIn: () => view.current?.zoomBy(1.4),
      zoomOut: () => view.current?.zoomBy(1 / 1.4),
      fit: () => view.current?.fit(),
      exportSvg: () => {
        const snapshot = view.current?.snapshot();
        if (snapshot) downloadSvg(snapshot);
      },
      exportPng: () => {
        const snapshot = view.current?.snapshot();
        if (snapshot) void downloadPng(snapshot);
      },
    }),
    [],
  );
  return (
    <div className="app">
      <Header />
      <nav className="sidebar" aria-label="Filters">
        <ActorFilter />
        <KindFilter />
        {map && <Legend nodeKinds={used.nodeKinds} edgeKinds={used.edgeKinds} />}
      </nav>
      <main className="map-area">
        {map && <MapView ref={view} />}
        {loadError && (
          <div className="error-banner" role="alert">
            {loadError}
          </div>
        )}
        <Toolbar commands={commands} busy={!map} />
      </main>
      <Details />
    </div>
  );
}

/** The composition root's React half: one store for the whole tree. */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  );
}
