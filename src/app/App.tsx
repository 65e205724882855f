import { useMemo, useRef } from 'react';
import { usedKinds } from '../model/queries.ts';
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
import { FileActions, type FileCommands } from '../ui/FileActions.tsx';
import { DropZone } from '../ui/DropZone.tsx';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { ImportWarnings } from '../ui/ImportWarnings.tsx';
import { StatusLine } from '../ui/StatusLine.tsx';
import { Notice } from '../ui/Notice.tsx';
import { EmptyMap } from '../ui/EmptyMap.tsx';

function Shell({ files }: { files?: FileCommands | undefined }) {
  const view = useRef<MapViewHandle>(null);
  const map = useAppStore((s) => s.map);
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
  const shell = (
    <div className="app">
      <Header actions={files && <FileActions commands={files} />} />
      <nav className="sidebar" aria-label="Filters">
        <ActorFilter />
        <KindFilter />
        {map && <Legend {...usedKinds(map)} />}
      </nav>
      <main className="map-area">
        {map && (map.nodes.length > 0 ? <MapView key={map.id} ref={view} /> : <EmptyMap title={map.title} />)}
        <div className="messages">
          <ErrorBanner />
          <Notice />
          <ImportWarnings />
          <StatusLine />
        </div>
        <Toolbar commands={commands} busy={!map} />
      </main>
      <Details />
    </div>
  );
  return files ? <DropZone onFile={files.openFile}>{shell}</DropZone> : shell;
}

/**
 * The composition root's React half: one store for the whole tree. `files` (opening, keeping and saving maps) is
 * left out by tests that need only the map.
 */
export function App({ store, files }: { store: AppStore; files?: FileCommands }) {
  return (
    <StoreProvider store={store}>
      <Shell files={files} />
    </StoreProvider>
  );
}
