import { useRef } from 'react';
import { useAppStore } from '../state/context.tsx';
import { MapsMenu } from './MapsMenu.tsx';

/** What the file buttons ask of the app; the composition root wires them to the importers, storage and exporters. */
export interface FileCommands {
  openFile: (file: File) => void;
  /** Shows a map from the Maps menu, by its storage key. */
  openSaved: (key: string) => void;
  removeSaved: (key: string) => void;
  saveJson: () => void;
  saveAif: () => void;
}

/** The file types offered by the file picker; anything else can still be dropped or chosen with "All files". */
const ACCEPT = '.json,.aif,.argdown,.ad,.txt,.md,application/json,text/plain';

/** Open a map from a file, pick one of the kept maps, save the map on screen as Capot JSON or AIF. */
export function FileActions({ commands }: { commands: FileCommands }) {
  const input = useRef<HTMLInputElement>(null);
  const hasMap = useAppStore((s) => s.map !== null);
  return (
    <div className="file-actions" role="group" aria-label="Maps and files">
      <button type="button" onClick={() => input.current?.click()}>
        Open map
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Map file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) opens it again.
          e.currentTarget.value = '';
          if (file) commands.openFile(file);
        }}
      />
      <MapsMenu onOpen={commands.openSaved} onRemove={commands.removeSaved} />
      <button type="button" onClick={commands.saveJson} disabled={!hasMap} title="Download this map as Capot JSON">
        Save JSON
      </button>
      <button type="button" onClick={commands.saveAif} disabled={!hasMap} title="Download this map as AIF JSON">
        Save AIF
      </button>
    </div>
  );
}
